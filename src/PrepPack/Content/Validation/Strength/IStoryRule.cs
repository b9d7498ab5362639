using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>One check of how well a story will hold up when told; each reports under its own warning code.</summary>
internal interface IStoryRule
{
    void Check(Story story, StrengthContext context, DiagnosticBag diagnostics);
}
