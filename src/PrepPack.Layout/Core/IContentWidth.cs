namespace PrepPack.Layout.Core;

/// <summary>Widths a table asks of its cells to share out its columns.</summary>
public interface IContentWidth
{
    /// <summary>The narrowest the content can be without cutting a word.</summary>
    float MinContentWidth { get; }

    /// <summary>The width the content takes when nothing wraps.</summary>
    float MaxContentWidth { get; }
}
