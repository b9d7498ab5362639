using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>
/// The order questions are printed in: by the first framework they are asked for, in the bank's
/// order, then by the first principle they ask about there, in the framework's order; a question
/// asked without a principle ("why us?") after those of its framework, one asked for no framework
/// last. Ties keep file order.
/// </summary>
internal static class QuestionOrder
{
    public static IReadOnlyList<Question> Of(IReadOnlyList<Question> questions, IReadOnlyList<Framework> frameworks) =>
        questions.OrderBy(q => Key(q, frameworks)).ToList();

    /// <summary>The questions asked for one framework, in its principle order.</summary>
    public static IReadOnlyList<Question> For(IReadOnlyList<Question> questions, Framework framework) =>
        questions.Where(q => q.AskedFor(framework.Id)).OrderBy(q => PrincipleIndex(q, framework)).ToList();

    private static (int, int) Key(Question question, IReadOnlyList<Framework> frameworks)
    {
        for (var f = 0; f < frameworks.Count; f++)
            if (question.AskedFor(frameworks[f].Id))
                return (f, PrincipleIndex(question, frameworks[f]));
        return (frameworks.Count, 0);
    }

    private static int PrincipleIndex(Question question, Framework framework)
    {
        var listed = question.Principles.First(l => l.Framework.Id == framework.Id).Principles;
        var indexes = listed
            .Select(p => framework.Principles.ToList().FindIndex(x => x.Id == p.Id))
            .Where(i => i >= 0)
            .ToList();
        return indexes.Count == 0 ? framework.Principles.Count : indexes.Min();
    }
}
