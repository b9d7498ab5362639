namespace PrepPack.Templates.Model;

/// <summary>
/// The practice log for templates: a row per question and per story (<c>practice.questions</c>,
/// <c>practice.stories</c>), the stories <c>never_practised</c>, and how many <c>answers</c> on how many <c>days</c>.
/// </summary>
public sealed class PracticeView(IReadOnlyList<PracticeRowView> questions, IReadOnlyList<PracticeRowView> stories, int answers, int days)
{
    public IReadOnlyList<PracticeRowView> Questions => questions;
    public IReadOnlyList<PracticeRowView> Stories => stories;
    public IReadOnlyList<PracticeRowView> NeverPractised => stories.Where(s => !s.Practised).ToList();
    public int Answers => answers;
    public int Days => days;
}
