using Frontline.Core.Model;

namespace Frontline.Tests.Annotators;

public class TimeAnnotatorTests
{
    private static DateInterval Only(string text, string published)
    {
        var (_, ann) = Analysis.Annotate(text, published);
        ann.Times.Count.ShouldBe(1, $"one time expression in: {text}");
        return ann.Times[0].Interval;
    }

    [Theory]
    [InlineData("Gunmen attacked a village on Monday. Two days earlier, soldiers raided a camp.", "2023-11-04")]
    [InlineData("Gunmen attacked a village on Monday. The next day, soldiers raided a camp.", "2023-11-07")]
    [InlineData("Gunmen attacked a village on Monday. A day later, soldiers raided a camp.", "2023-11-07")]
    [InlineData("Gunmen attacked a village on Monday. Hours later, soldiers raided a camp.", "2023-11-06")]
    [InlineData("Gunmen attacked a village on Monday. A few hours later, soldiers raided a camp.", "2023-11-06")]
    [InlineData("Gunmen attacked a village on Monday. Later that night, soldiers raided a camp.", "2023-11-06")]
    [InlineData("Gunmen attacked a village on Monday. On the same day, soldiers raided a camp.", "2023-11-06")]
    public void A_day_counted_from_the_day_told_before(string text, string expected)
    {
        var (_, ann) = Analysis.Annotate(text, "2023-11-08");
        ann.Times.Count.ShouldBe(2);
        ann.Times[1].Interval.ShouldBe(DateInterval.Day(Analysis.Day(expected)));
    }

    [Fact]
    public void Later_before_a_verb_spans_the_day_told_before_to_the_report()
    {
        var (_, ann) = Analysis.Annotate("Gunmen attacked a village on Monday. Police later arrested two men.", "2023-11-08");
        ann.Times.Count.ShouldBe(2);
        ann.Times[1].Interval.ShouldBe(new DateInterval(Analysis.Day("2023-11-06"), Analysis.Day("2023-11-08"), DatePrecision.Week));
    }

    [Theory]
    [InlineData("Gunmen attacked a village on Monday. The army later said jets had bombed their camp.")]
    [InlineData("Gunmen attacked a village on Monday. Police later arrested two men on Tuesday.")]
    [InlineData("Gunmen attacked a village on Monday. Talks are due later this month.")]
    public void Later_that_tells_no_act_or_yields_to_a_day_is_no_time(string text)
    {
        var (doc, ann) = Analysis.Annotate(text, "2023-11-08");
        ann.Times.ShouldNotContain(t => doc.TextOf(t.Range.First, t.Range.End) == "later");
    }

    [Fact]
    public void A_day_after_dates_what_follows_to_the_day_before()
    {
        var (_, ann) = Analysis.Annotate("Crowds burned the town hall on Tuesday, a day after police shot two protesters.", "2025-09-10");
        ann.Times.Count.ShouldBe(2);
        ann.Times[1].Interval.ShouldBe(DateInterval.Day(Analysis.Day("2025-09-08")));
    }

    [Fact]
    public void From_one_day_to_another_is_one_span() =>
        Only("Demonstrators burned tyres in Lome from Thursday to Saturday.", "2025-06-30")
            .ShouldBe(new DateInterval(Analysis.Day("2025-06-26"), Analysis.Day("2025-06-28"), DatePrecision.Day));

    [Fact]
    public void A_day_counted_past_publication_is_no_date()
    {
        var (_, ann) = Analysis.Annotate("Gunmen attacked a village on Monday. Two days later, soldiers will raid a camp.", "2023-11-07");
        ann.Times.Count.ShouldBe(1);
    }

    [Fact]
    public void Sunday_in_a_Monday_report_is_the_previous_day()
    {
        Only("Airstrikes hit the town on Sunday.", "2024-12-02").ShouldBe(DateInterval.Day(Analysis.Day("2024-12-01")));
    }

    [Fact]
    public void The_reports_own_weekday_is_the_publication_day()
    {
        Only("The deployment was confirmed on Monday.", "2024-12-02").ShouldBe(DateInterval.Day(Analysis.Day("2024-12-02")));
    }

    [Fact]
    public void Last_week_is_the_previous_monday_to_sunday()
    {
        Only("Last week, insurgents advanced.", "2024-12-02")
            .ShouldBe(new DateInterval(Analysis.Day("2024-11-25"), Analysis.Day("2024-12-01"), DatePrecision.Week));
    }

    [Theory]
    [InlineData("The militia fought the army in the late 1990s.", "1996-01-01", "1999-12-31")]
    [InlineData("The militia fought the army in the early 1980s.", "1980-01-01", "1983-12-31")]
    [InlineData("The militia fought the army in the 1970s.", "1970-01-01", "1979-12-31")]
    public void A_decade_or_the_part_of_it_told_is_its_years(string text, string start, string end)
    {
        Only(text, "2016-04-05").ShouldBe(new DateInterval(Analysis.Day(start), Analysis.Day(end), DatePrecision.Year));
    }

    [Fact]
    public void Since_a_year_runs_to_publication_with_year_precision()
    {
        Only("Iran has backed Assad since 2011.", "2024-12-02")
            .ShouldBe(new DateInterval(Analysis.Day("2011-01-01"), Analysis.Day("2024-12-02"), DatePrecision.Year));
    }

    [Theory]
    [InlineData("On 27 April 2020, clashes erupted.", "2020-05-04", "2020-04-27")]
    [InlineData("Clashes erupted on April 27, 2020.", "2020-05-04", "2020-04-27")]
    [InlineData("Clashes erupted on 27th April.", "2020-05-04", "2020-04-27")]
    [InlineData("Clashes erupted on 2ND May.", "2020-05-04", "2020-05-02")]
    [InlineData("Clashes erupted on May 3rd, 2020.", "2020-05-04", "2020-05-03")]
    [InlineData("Clashes erupted on 30 December.", "2021-01-04", "2020-12-30")]
    [InlineData("Clashes erupted yesterday.", "2024-06-10", "2024-06-09")]
    [InlineData("Clashes erupted on Dec. 1 near the town.", "2024-12-04", "2024-12-01")]
    public void Explicit_dates_resolve_with_year_inference(string text, string published, string expected)
    {
        Only(text, published).ShouldBe(DateInterval.Day(Analysis.Day(expected)));
    }

    [Theory]
    [InlineData("Clashes erupted on 27xy April.")]
    [InlineData("Clashes erupted on 32 April.")]
    [InlineData("Clashes erupted on 0 April.")]
    public void A_number_that_is_no_day_of_the_month_dates_nothing(string text)
    {
        Analysis.Annotate(text, "2020-05-04").Ann.Times.ShouldBeEmpty();
    }

    [Fact]
    public void Between_two_days_is_a_range()
    {
        Only("Between 1 and 3 May, shelling continued.", "2020-05-10")
            .ShouldBe(new DateInterval(Analysis.Day("2020-05-01"), Analysis.Day("2020-05-03"), DatePrecision.Week));
    }

    [Fact]
    public void Overnight_spans_the_night_before_publication()
    {
        var interval = Only("Overnight, drones struck Kharkiv.", "2024-09-12");
        interval.Start.ShouldBe(Analysis.Day("2024-09-11"));
        interval.End.ShouldBe(Analysis.Day("2024-09-12"));
    }

    [Fact]
    public void In_a_month_has_month_precision()
    {
        Only("The town fell in March.", "2024-06-10")
            .ShouldBe(new DateInterval(Analysis.Day("2024-03-01"), Analysis.Day("2024-03-31"), DatePrecision.Month));
    }

    [Fact]
    public void Modal_may_is_not_a_month()
    {
        var (_, ann) = Analysis.Annotate("The army may withdraw.", "2024-06-10");
        ann.Times.ShouldBeEmpty();
    }

    [Fact]
    public void Impossible_day_is_not_a_date()
    {
        var (_, ann) = Analysis.Annotate("Fighting on 31 February killed two.", "2024-06-10");
        ann.Times.ShouldBeEmpty();
    }

    [Fact]
    public void Over_the_weekend_in_a_Monday_report_is_the_Saturday_and_Sunday_before()
    {
        Only("Fighting raged over the weekend.", "2024-12-02")
            .ShouldBe(new DateInterval(Analysis.Day("2024-11-30"), Analysis.Day("2024-12-01"), DatePrecision.Week));
    }
}
