namespace PrepPack.Layout.Text.Bidi;

/// <summary>The bidirectional character types of Unicode's bidi algorithm (UAX #9, table 4) that
/// <see cref="BidiLevels"/> tells apart. Explicit embeddings and isolates are read as
/// <see cref="BN"/>: ignored, so text that uses them still prints.</summary>
public enum BidiClass : byte
{
    /// <summary>Left-to-right letter.</summary>
    L,

    /// <summary>Right-to-left letter (Hebrew, NKo, Samaritan…).</summary>
    R,

    /// <summary>Arabic letter (Arabic, Syriac, Thaana).</summary>
    AL,

    /// <summary>European number: ASCII and extended Arabic-Indic digits.</summary>
    EN,

    /// <summary>European number separator: plus, minus.</summary>
    ES,

    /// <summary>European number terminator: #, $, %, °, currency signs.</summary>
    ET,

    /// <summary>Arabic number: Arabic-Indic digits and separators.</summary>
    AN,

    /// <summary>Common number separator: comma, full stop, colon, slash, no-break space.</summary>
    CS,

    /// <summary>Non-spacing mark: takes the type of the character before it.</summary>
    NSM,

    /// <summary>Boundary neutral: controls and format characters, ignored.</summary>
    BN,

    /// <summary>Paragraph separator (a newline).</summary>
    B,

    /// <summary>Segment separator (a tab).</summary>
    S,

    /// <summary>Whitespace.</summary>
    WS,

    /// <summary>Other neutral: punctuation and symbols.</summary>
    ON,
}
