namespace PrepPack.Layout.Core;

/// <summary>What kind of thing on a page is not content: a screen reader skips it.</summary>
public enum ArtifactKind
{
    /// <summary>Decoration: a rule, a background, a repeated table header.</summary>
    Layout,

    /// <summary>The running header at the top of a page.</summary>
    Header,

    /// <summary>The running footer and page number at the foot of a page.</summary>
    Footer,
}
