namespace PrepPack.Templates.Model;

/// <summary>
/// The practice log for templates: a row per question and per story (<c>practice.questions</c>,
/// <c>practice.stories</c>), the stories <c>never_practised</c>, how many <c>answers</c> on how many <c>days</c>,
/// and the <c>chart</c> of each day's scores and time.
/// </summary>
public sealed class PracticeView(
    IReadOnlyList<PracticeRowView> questions,
    IReadOnlyList<PracticeRowView> stories,
    int answers,
    int days,
    PracticeChartView chart
)
{
    public PracticeChartView Chart => chart;
    public IReadOnlyList<PracticeRowView> Questions => questions;
    public IReadOnlyList<PracticeRowView> Stories => stories;
    public IReadOnlyList<PracticeRowView> NeverPractised => stories.Where(s => !s.Practised).ToList();
    public int Answers => answers;
    public int Days => days;
}
