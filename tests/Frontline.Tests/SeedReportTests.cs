using Frontline.Core.Model;

namespace Frontline.Tests;

/// <summary>The seed report (shared/seed), read at run time: the events an analyst expects, each with exact evidence.
/// The scorer (shared/eval/score.py, run by .ci/run) measures it against the hand-coded gold.</summary>
public class SeedReportTests
{
    private static readonly Lazy<ArticleAnalysis> Seed = new(() =>
        Analysis.Run(File.ReadAllText(Path.Combine(Analysis.SharedDirectory, "seed", "000_57a8ec9d4026b6f3.txt")), "2024-12-02", "seed-000"));

    [Theory]
    [InlineData("Battles", "Non-state actor overtakes territory", 36.20, 37.13, "Hayat Tahrir al-Sham")]
    [InlineData("Battles", "Non-state actor overtakes territory", 36.47, 37.10, "Turkish-backed rebels")]
    [InlineData("Explosions/Remote violence", "Air/drone strike", 35.93, 36.63, "Military Forces of Syria")]
    [InlineData("Strategic developments", "Change to group/activity", 34.45, 40.92, "Iranian-backed Iraqi militias")]
    public void Key_events_are_found_at_their_place(string type, string subType, double lat, double lon, string actor1)
    {
        Seed.Value.Events.ShouldContain(e => e.Codes.AcledEventType == type && e.Codes.AcledSubEventType == subType
                                             && e.Location != null && Geo.HaversineKm(e.Location.Lat, e.Location.Lon, lat, lon) < 25
                                             && e.Actor1 != null && e.Actor1.Name == actor1);
    }

    [Fact]
    public void The_foreign_minister_visits_Damascus_on_Sunday()
    {
        var visit = Seed.Value.Events.Single(e => e.Codes.Cameo == "042" && e.Location?.Name == "Damascus");
        visit.Actor1!.Person.ShouldBe("Abbas Araghchi");
        visit.Date.ShouldBe(DateInterval.Day(Analysis.Day("2024-12-01")));
    }

    [Fact]
    public void The_deadly_strikes_carry_their_toll_and_source()
    {
        var e = Seed.Value.Events.Single(e => e.Fatalities is > 0);
        e.Fatalities.ShouldBe(10);
        e.Sources.ShouldBe(["Syrian Civil Defense"]);
    }

    [Fact]
    public void Four_patrons_are_found()
    {
        Seed.Value.Relations.Select(r => r.Patron.Country3).Order().ShouldBe(["IRN", "IRN", "TUR", "USA"]);
    }

    [Fact]
    public void Evidence_quotes_the_seed_exactly()
    {
        var text = Seed.Value.Article.Text;
        foreach (var span in Seed.Value.Events.SelectMany(e => e.Evidence).Concat(Seed.Value.Relations.SelectMany(r => r.Evidence)))
            span.Slice(text).ShouldBe(text[span.Start..span.End]);
        Seed.Value.Events.ShouldAllBe(e => e.Evidence.Count > 0);
    }
}
