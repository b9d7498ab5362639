using PrepPack.Coverage;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>An action that is only a verb of being in charge and a thing every project has is warned about
/// (PP0265); an action with a word of its own is a step and is not.</summary>
public class BareActionTests
{
    [Theory]
    [InlineData("Led the project.", true)]
    [InlineData("Managed stakeholders.", true)]
    [InlineData("I coordinated the entire rollout", true)]
    [InlineData("Owned everything", true)]
    [InlineData("Led the project's data model review with finance.", false)]
    [InlineData("Managed stakeholders by sending a one-page note every Friday.", false)]
    [InlineData("Ran the numbers again with the finance team.", false)]
    public void An_action_that_only_says_what_you_were_in_charge_of_is_warned_about(string action, bool warned)
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("action_1: Built a pipeline.", $"action_1: {action}")
        );

        var found = CheckedBank
            .Load(ws.Content)
            .Diagnostics.Any(d => d.Code == DiagnosticCodes.DutyNotAction && d.Line == 13);

        Assert.Equal(warned, found);
    }
}
