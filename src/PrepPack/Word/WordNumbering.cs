using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Word;

/// <summary>
/// Real Word lists: one bullet definition and one numbered definition, nine levels each. Every
/// numbered list gets its own instance so it starts again at its first number.
/// </summary>
internal sealed class WordNumbering
{
    private const int BulletDefinition = 1;
    private const int NumberDefinition = 2;
    private static readonly string[] Bullets = ["•", "◦", "▪"];
    private readonly Numbering _numbering;
    private int _bulletInstance;

    public WordNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        _numbering = new Numbering(
            Definition(BulletDefinition, ordered: false),
            Definition(NumberDefinition, ordered: true)
        );
        part.Numbering = _numbering;
    }

    /// <summary>How far the text of a list item at <paramref name="level"/> (from 0) stands in, in points: a quarter
    /// inch a level.</summary>
    public static float Indent(int level) => 18f * (level + 1);

    /// <summary>The numbering instance a new list's paragraphs refer to.</summary>
    public int NewList(bool ordered, int start)
    {
        if (!ordered)
        {
            if (_bulletInstance == 0)
                _bulletInstance = Add(BulletDefinition, null);
            return _bulletInstance;
        }
        return Add(NumberDefinition, start);
    }

    private int Add(int definition, int? start)
    {
        var id = _numbering.Elements<NumberingInstance>().Count() + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = definition }) { NumberID = id };
        if (start is { } first)
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = first }) { LevelIndex = 0 });
        _numbering.Append(instance);
        return id;
    }

    private static AbstractNum Definition(int id, bool ordered)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel })
        {
            AbstractNumberId = id,
        };
        for (var level = 0; level < 9; level++)
        {
            var indent = (int)(Indent(level) * 20);
            definition.Append(
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                    new LevelText { Val = ordered ? $"%{level + 1}." : Bullets[level % Bullets.Length] },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = indent.ToString(), Hanging = "360" })
                )
                {
                    LevelIndex = level,
                }
            );
        }
        return definition;
    }
}
