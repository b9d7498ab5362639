namespace PrepPack.Layout.Paging;

/// <summary>How card-sized pages are printed: several to a sheet, with cut marks, double-sided.</summary>
public sealed record SheetSettings(int PerSheet, float Width, float Height, bool CutMarks, DuplexFlip Flip)
{
    public bool Duplex => Flip != DuplexFlip.None;
}
