namespace PrepPack.Templates.Model;

/// <summary>A framework whose principles did not all fit on a cheat sheet page: its file, how many the page shows and
/// how many it leaves out.</summary>
public sealed record PrinciplesLeftOut(string File, int Shown, int LeftOut);
