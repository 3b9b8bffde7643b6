using System.Text.Json;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Tests;

/// <summary>
/// Short reports written for the tests, one per conflict (Ukraine, Sudan, Yemen, Gaza, Lebanon, Sahel, Myanmar, DRC,
/// Somalia, Nigeria, Ethiopia, Syria, Iraq, Kenya), each with the events, patrons and control changes a careful
/// coder expects. Every expected event must be found: type, actors, place within its radius, date, numbers.
/// </summary>
public class ConflictReportTests
{
    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Reports"), "*.json").Order())
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Fact]
    public void There_are_at_least_twelve_reports_from_other_conflicts()
    {
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Reports"), "*.json").Count().ShouldBeGreaterThanOrEqualTo(12);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Expected_events_are_found(string report)
    {
        var (analysis, spec) = Run(report);
        foreach (var expected in spec.GetProperty("expect_events").EnumerateArray())
        {
            var match = analysis.Events.FirstOrDefault(e => Matches(e, expected, analysis.Article.Text));
            match.ShouldNotBeNull($"{report}: no event matches {expected}\nfound:\n{string.Join("\n", analysis.Events.Select(Describe))}");
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Expected_backing_and_control_changes_are_found(string report)
    {
        var (analysis, spec) = Run(report);
        foreach (var r in spec.GetProperty("expect_relations").EnumerateArray())
            analysis.Relations.ShouldContain(x => x.Type == RelationType.Backs && Has(x.Patron, r.GetProperty("patron").GetString()!)
                                                  && Has(x.Client, r.GetProperty("client").GetString()!), $"{report}: relation {r}");
        var expectedControl = spec.GetProperty("expect_control").EnumerateArray().ToList();
        analysis.ControlChanges.Count.ShouldBe(expectedControl.Count, $"{report}: control changes");
        foreach (var c in expectedControl)
        {
            var place = c.GetProperty("place");
            var radius = c.TryGetProperty("radius_km", out var r) ? r.GetDouble() : 25;
            analysis.ControlChanges.ShouldContain(x => Geo.HaversineKm(x.Location.Lat, x.Location.Lon, place[0].GetDouble(), place[1].GetDouble()) <= radius
                                                       && x.To != null && Has(x.To, c.GetProperty("to").GetString()!), $"{report}: control {c}");
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_event_has_exact_evidence(string report)
    {
        var (analysis, _) = Run(report);
        foreach (var e in analysis.Events)
        {
            e.Evidence.ShouldNotBeEmpty();
            foreach (var span in e.Evidence)
            {
                span.Start.ShouldBeGreaterThanOrEqualTo(0);
                span.End.ShouldBeLessThanOrEqualTo(analysis.Article.Text.Length);
                span.Slice(analysis.Article.Text).Trim().Length.ShouldBe(span.Length);
            }
        }
    }

    private static (ArticleAnalysis Analysis, JsonElement Spec) Run(string report)
    {
        var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", report + ".json"))).RootElement;
        var analysis = Analysis.Run(spec.GetProperty("text").GetString()!, spec.GetProperty("published").GetString()!, report);
        return (analysis, spec);
    }

    private static bool Matches(Event e, JsonElement x, string text)
    {
        if (x.TryGetProperty("event_type", out var type) && e.Codes.AcledEventType != type.GetString()) return false;
        if (x.TryGetProperty("cameo", out var cameo) && e.Codes.Cameo != cameo.GetString()) return false;
        if (x.TryGetProperty("sub_event_type", out var sub) && e.Codes.AcledSubEventType != sub.GetString()) return false;
        if (x.TryGetProperty("actor1", out var a1) && !a1.EnumerateArray().Any(n => Has(e.Actor1, n.GetString()!) || e.AssociatedActors.Any(a => Has(a, n.GetString()!)))) return false;
        if (x.TryGetProperty("actor2", out var a2) && !a2.EnumerateArray().Any(n => Has(e.Actor2, n.GetString()!))) return false;
        if (x.TryGetProperty("place", out var place))
        {
            var radius = x.TryGetProperty("radius_km", out var r) ? r.GetDouble() : 25;
            if (e.Location is null || Geo.HaversineKm(e.Location.Lat, e.Location.Lon, place[0].GetDouble(), place[1].GetDouble()) > radius) return false;
        }
        if (x.TryGetProperty("date", out var date)
            && (e.Date.Start != Analysis.Day(date[0].GetString()!) || e.Date.End != Analysis.Day(date[1].GetString()!))) return false;
        if (x.TryGetProperty("fatalities", out var f) && e.Fatalities != f.GetInt32()) return false;
        if (x.TryGetProperty("backers", out var b) && !b.EnumerateArray().All(c => e.Actor1?.Backers.Contains(c.GetString()!) == true)) return false;
        if (x.TryGetProperty("sources", out var s) && !s.EnumerateArray().All(src => e.Sources.Any(es => es.Contains(src.GetString()!, StringComparison.OrdinalIgnoreCase)))) return false;
        return true;
    }

    /// <summary>Names compare without accents or case: "Türkiye" has "Turkiye", "Military Forces of Russia" has "Russia".</summary>
    private static bool Has(Actor? actor, string name) =>
        actor is not null && (TransliterationKey.Plain(actor.Name).Contains(TransliterationKey.Plain(name), StringComparison.Ordinal)
                              || TransliterationKey.Plain(actor.AcledName ?? "").Contains(TransliterationKey.Plain(name), StringComparison.Ordinal));

    private static string Describe(Event e) =>
        $"  {e.Codes.AcledEventType}/{e.Codes.AcledSubEventType} | {e.Summary} | {e.Date.Start}..{e.Date.End} | {e.Location?.Lat},{e.Location?.Lon} | dead {e.Fatalities} | {string.Join(",", e.Sources)}";
}
