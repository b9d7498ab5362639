namespace PrepPack.Diagnostics;

/// <summary>
/// What one diagnostic code means and how to fix it, in the user's words; docs/diagnostics.md is
/// made from these. <paramref name="Meaning"/> and <paramref name="Fix"/> are Markdown, and a link
/// in them is relative to the docs folder.
/// </summary>
public sealed record CodeHelp(string Code, ReportedAs Reported, string Meaning, string Fix);
