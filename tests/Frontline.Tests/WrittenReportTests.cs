using Frontline.Core.Model;

namespace Frontline.Tests;

/// <summary>A full-length report written for the tests (tests/Fixtures/idlib-offensive.txt): the events an analyst
/// expects, each at its place, with its actors, toll, source and exact evidence. The seed report is scored by
/// shared/eval/score.py in .ci/run, not here: `dotnet test` reads nothing outside the repository.</summary>
public class WrittenReportTests
{
    private static readonly Lazy<ArticleAnalysis> Report = new(() =>
        Analysis.Run(File.ReadAllText(Analysis.WrittenReportPath), Analysis.WrittenReportPublished, "idlib-offensive"));

    [Theory]
    [InlineData("Battles", "Government regains territory", 35.65, 36.68, "Military Forces of Syria")]
    [InlineData("Battles", "Non-state actor overtakes territory", 35.86, 36.80, "Turkish-backed rebels")]
    [InlineData("Explosions/Remote violence", "Air/drone strike", 35.54, 36.56, "Military Forces of Russia")]
    [InlineData("Explosions/Remote violence", "Shelling/artillery/missile attack", 36.20, 37.16, "Hayat Tahrir al-Sham")]
    public void Key_events_are_found_at_their_place(string type, string subType, double lat, double lon, string actor1)
    {
        Report.Value.Events.ShouldContain(e => e.Codes.AcledEventType == type && e.Codes.AcledSubEventType == subType
                                               && e.Location != null && Geo.HaversineKm(e.Location.Lat, e.Location.Lon, lat, lon) < 25
                                               && e.Actor1 != null && e.Actor1.Name == actor1);
    }

    [Fact]
    public void The_defence_minister_visits_Hatay_on_Monday()
    {
        var visit = Report.Value.Events.Single(e => e.Codes.Cameo == "042");
        visit.Actor1!.Person.ShouldBe("Hulusi Akar");
        visit.Location!.CountryIso2.ShouldBe("TR");
        visit.Date.ShouldBe(DateInterval.Day(Analysis.Day("2020-01-27")));
    }

    [Fact]
    public void The_deadly_airstrike_carries_its_toll_and_source()
    {
        var e = Report.Value.Events.Single(e => e.Fatalities is > 0);
        e.Fatalities.ShouldBe(12);
        e.Sources.ShouldBe(["White Helmets rescue group"]);
        e.Date.ShouldBe(DateInterval.Day(Analysis.Day("2020-01-27")));
    }

    [Fact]
    public void Captures_are_control_changes_from_the_loser_to_the_taker()
    {
        var changes = Report.Value.ControlChanges;
        changes.Count.ShouldBe(2);
        changes.ShouldContain(c => c.From!.Name == "Hayat Tahrir al-Sham" && c.To!.Name == "Military Forces of Syria");
        changes.ShouldContain(c => c.From!.Name == "Military Forces of Syria" && c.To!.Name == "Turkish-backed rebels");
    }

    [Fact]
    public void Patrons_are_found_from_backed_and_supported_by()
    {
        Report.Value.Relations.Select(r => r.Patron.Country3).Order().ShouldBe(["IRN", "RUS", "RUS", "TUR"]);
    }

    [Fact]
    public void Evidence_quotes_the_report_exactly()
    {
        var text = Report.Value.Article.Text;
        foreach (var span in Report.Value.Events.SelectMany(e => e.Evidence).Concat(Report.Value.Relations.SelectMany(r => r.Evidence)))
            span.Slice(text).ShouldBe(text[span.Start..span.End]);
        Report.Value.Events.ShouldAllBe(e => e.Evidence.Count > 0);
    }
}
