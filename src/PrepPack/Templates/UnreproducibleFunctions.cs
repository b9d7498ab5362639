using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PrepPack.Templates;

/// <summary>
/// Scriban's functions whose answer changes from one run to the next (<c>date.now</c>, <c>math.random</c>).
/// The same stories and templates always make the same pack, byte for byte, so a rebuild that changed
/// nothing changes no file and two copies of a pack can be compared. A template that names one is
/// refused where it names it, whether or not that line runs; one that reaches it another way
/// (<c>x = math.random</c>) is stopped when it calls it.
/// </summary>
internal static class UnreproducibleFunctions
{
    /// <summary>How the stopping message starts, so the renderer reports it under its own code.</summary>
    public const string Marker = "PrepPack refuses ";

    private static readonly (string Module, string Name, string Gives, string Hint)[] Refused =
    [
        (
            "date",
            "now",
            "the time of the build",
            "Use 'date', the date of your content that the binder's cover shows, or write the date as text."
        ),
        (
            "math",
            "random",
            "a different number at each build",
            "Pick the value yourself and write it in the template, or choose by something in the stories, such as the "
                + "loop index (for.index)."
        ),
    ];

    /// <summary>"date.now: it gives …", then the hint after the first ". ".</summary>
    private static string Message((string Module, string Name, string Gives, string Hint) f) =>
        $"{f.Module}.{f.Name}: it gives {f.Gives}, so two builds of the same stories would differ. {f.Hint}";

    /// <summary>Every place the template names a refused function, with the message for it.</summary>
    public static IEnumerable<(SourceSpan Span, string Message)> Named(ScriptNode node)
    {
        if (
            node is ScriptMemberExpression { Target: ScriptVariableGlobal target, Member: { } member }
            && Refused.FirstOrDefault(f => f.Module == target.Name && f.Name == member.Name)
                is { Module: not null } function
        )
            yield return (node.Span, Message(function));
        for (var i = 0; i < node.ChildrenCount; i++)
            if (node.GetChildren(i) is { } child)
                foreach (var found in Named(child))
                    yield return found;
    }

    /// <summary>Replaces each refused function among Scriban's built-ins by one that stops the template.</summary>
    [UnconditionalSuppressMessage(
        "Trimming",
        "IL2026",
        Justification = "The method is named here, so the trimmer keeps it."
    )]
    public static void Refuse(ScriptObject builtins)
    {
        foreach (var function in Refused)
        {
            if (builtins[function.Module] is not ScriptObject functions)
                continue;
            var refusal = new Refusal(Marker + Message(function));
            functions.SetValue(
                function.Name,
                DynamicCustomFunction.Create(refusal, typeof(Refusal).GetMethod(nameof(Refusal.Stop))!),
                true
            );
        }
    }

    /// <summary>A function taking any arguments that stops the template at the call.</summary>
    private sealed class Refusal(string message)
    {
        [DynamicDependency(nameof(Stop), typeof(Refusal))]
        public object Stop(TemplateContext context, params object?[] arguments) =>
            throw new ScriptRuntimeException(context.CurrentSpan, message);
    }
}
