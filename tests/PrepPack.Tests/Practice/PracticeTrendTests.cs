using PrepPack.Content.Model;
using PrepPack.Practice;
using PrepPack.Templates.Model;

namespace PrepPack.Tests.Practice;

/// <summary>
/// Which way a question's scores go, and each practice day's averages, as the tracker's chart shows them.
/// </summary>
public class PracticeTrendTests
{
    private static PracticeEntry Answer(
        string date,
        int? clarity,
        int? metrics = null,
        int? reflection = null,
        int? seconds = null
    ) =>
        new()
        {
            Date = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Clarity = clarity,
            Metrics = metrics,
            Reflection = reflection,
            Seconds = seconds,
        };

    [Theory]
    [InlineData(new double[] { 2, 3, 4 }, PracticeTrend.Rising)]
    [InlineData(new double[] { 4, 3, 2 }, PracticeTrend.Falling)]
    [InlineData(new double[] { 3, 3.3, 3 }, PracticeTrend.Flat)]
    [InlineData(new double[] { 3 }, PracticeTrend.Unknown)]
    [InlineData(new double[] { }, PracticeTrend.Unknown)]
    public void A_run_of_scores_rises_holds_or_falls_by_its_fitted_line(double[] values, PracticeTrend expected) =>
        Assert.Equal(expected, PracticeTrends.Of(values));

    [Fact]
    public void One_bad_answer_in_the_middle_does_not_turn_a_rising_run_into_a_falling_one()
    {
        // First to last rises by 2; the low middle pulls the fitted line down but not below flat.
        Assert.Equal(PracticeTrend.Rising, PracticeTrends.Of([2, 3, 1, 4, 4]));
    }

    [Fact]
    public void A_question_practised_with_better_scores_each_time_has_a_rising_trend_in_its_record()
    {
        var record = PracticeRecord.Of([
            Answer("2026-11-20 10:00", 4, 4, 5),
            Answer("2026-11-18 10:00", 2, 2, 3),
            Answer("2026-11-19 10:00", 3, 3),
        ]);
        Assert.Equal(PracticeTrend.Rising, record.Trend);
        Assert.Equal("↑\u00A0rising", new PracticeRowView("q", () => "Q", record).TrendMark);
    }

    [Fact]
    public void Answers_without_scores_leave_the_trend_unknown()
    {
        var record = PracticeRecord.Of([Answer("2026-11-18", null), Answer("2026-11-19", 4)]);
        Assert.Equal(PracticeTrend.Unknown, record.Trend);
        Assert.Equal("—", new PracticeRowView("q", () => "Q", record).Trend);
    }

    [Fact]
    public void Each_day_averages_the_scores_and_times_its_answers_gave()
    {
        var days = PracticeDay.All([
            Answer("2026-11-18 20:00", 3, 4, null, 130),
            Answer("2026-11-18 20:10", 4, null, null, 110),
            Answer("2026-11-20", 5),
        ]);
        Assert.Equal(2, days.Count);
        Assert.Equal(new PracticeDay(new DateTime(2026, 11, 18), 2, 3.5, 4, null, 120), days[0]);
        Assert.Null(days[1].Seconds);
    }

    [Fact]
    public void The_chart_summary_states_the_trend_of_each_score_and_the_time_over_the_days()
    {
        var chart = new PracticeChartView(
            PracticeDay.All([
                Answer("2026-11-14 20:00", 2, 3, 3, 160),
                Answer("2026-11-15 20:00", 3, 3, 3, 140),
                Answer("2026-11-19 20:00", 4, 3, 2, 115),
            ])
        );
        Assert.True(chart.Drawable);
        Assert.Equal(
            "Clarity rose from 2.0 to 4.0, metrics held at 3.0, reflection fell from 3.0 to 2.0 "
                + "over 3 practice days "
                + "(2026-11-14 to 2026-11-19); average time fell from 2:40 to 1:55.",
            chart.Summary
        );
        Assert.Equal(["2026-11-14", "2026-11-15", "2026-11-19"], chart.Days.Select(d => d.Date));
        Assert.Equal("2:20", chart.Days[1].Time);
    }

    [Fact]
    public void With_no_day_or_one_day_of_practice_the_chart_is_a_note_saying_when_it_will_appear()
    {
        var none = new PracticeChartView([]);
        Assert.False(none.Drawable);
        Assert.Contains("No practice logged yet", none.Note);
        var one = new PracticeChartView(PracticeDay.All([Answer("2026-11-14 20:00", 3)]));
        Assert.False(one.Drawable);
        Assert.Contains("One day of practice so far (2026-11-14)", one.Note);
        Assert.Equal(one.Note, one.Summary);
    }
}
