using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>A practice question with the stories the framework file chose for it and why, as templates see
/// it.</summary>
public sealed class PracticeQuestionView(PracticeQuestion question, StoryView? primary, StoryView? backup)
{
    public string Ask => question.Ask;
    public StoryView? Primary => primary;
    public StoryView? Backup => backup;
    public string? PrimaryWeak => question.Primary?.Weak;
    public string? BackupWeak => question.Backup?.Weak;
    public string? Why => question.Why;
}
