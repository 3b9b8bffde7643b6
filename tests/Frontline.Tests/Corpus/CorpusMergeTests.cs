using System.Text.Json;
using Frontline.Core.Corpus;
using Frontline.Core.Input;
using Frontline.Core.Model;
using Frontline.Core.Output;
using Frontline.Storage;

namespace Frontline.Tests.Corpus;

/// <summary>
/// The picture across reports: 40 reports written for the tests (Corpus/reports.jsonl), from different outlets and
/// days, tell 15 events. Stored and read back, they must merge into exactly those 15 incidents, each with exactly its
/// reports, ACLED's lowest credible toll and the highest, and the places' control histories step by step.
/// </summary>
public sealed class CorpusMergeTests : IClassFixture<CorpusMergeTests.StoredCorpus>
{
    private readonly StoredCorpus _corpus;

    public CorpusMergeTests(StoredCorpus corpus) => _corpus = corpus;

    public static TheoryData<string> ExpectedIncidents()
    {
        var data = new TheoryData<string>();
        foreach (var i in Expected().GetProperty("incidents").EnumerateArray()) data.Add(i.GetProperty("name").GetString()!);
        return data;
    }

    [Fact]
    public void Forty_reports_of_fifteen_events_become_fifteen_incidents()
    {
        _corpus.Articles.ShouldBeGreaterThanOrEqualTo(40);
        _corpus.Incidents.Count.ShouldBe(Expected().GetProperty("incidents").GetArrayLength(), Describe(_corpus.Incidents));
        _corpus.Incidents.Sum(i => i.Reports.Count).ShouldBe(_corpus.Events.Count);
    }

    [Theory]
    [MemberData(nameof(ExpectedIncidents))]
    public void Each_incident_has_exactly_its_reports_and_the_lowest_credible_toll(string name)
    {
        var expected = Expected().GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
        var articles = expected.GetProperty("reports").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal).ToList();
        var incident = _corpus.Incidents.FirstOrDefault(i => i.Reports.Any(r => r.ArticleId == articles[0]));
        incident.ShouldNotBeNull($"{name}: no incident holds {articles[0]}");
        incident.Reports.Select(r => r.ArticleId).Order(StringComparer.Ordinal).ToList().ShouldBe(articles, $"{name}: reports");
        var e = incident.Event;
        e.Acled!.EventType.ShouldBe(expected.GetProperty("event_type").GetString());
        e.Date.Start.ShouldBe(expected.GetProperty("date").GetString());
        e.Fatalities.ShouldBe(Int(expected.GetProperty("fatalities")), $"{name}: lowest credible toll");
        incident.FatalitiesMax.ShouldBe(Int(expected.GetProperty("fatalities_max")), $"{name}: highest toll");
        if (expected.GetProperty("place") is { ValueKind: JsonValueKind.Array } place)
            Geo.HaversineKm(e.Location!.Lat, e.Location.Lon, place[0].GetDouble(), place[1].GetDouble()).ShouldBeLessThanOrEqualTo(25, $"{name}: {e.Location.Name}");
        e.Sources.Count.ShouldBeGreaterThanOrEqualTo(incident.Reports.Count(r => r.Sources.Count > 0) > 0 ? 1 : 0);
        if (incident.FatalitiesMax != e.Fatalities) incident.Disagreements.ShouldContainKey("fatalities");
    }

    [Fact]
    public void Merging_as_a_stream_gives_the_same_incidents_in_the_same_order_whatever_the_order_within_a_day()
    {
        var byDateThenReversed = _corpus.Events.OrderBy(e => e.Date.Start, StringComparer.Ordinal).ThenByDescending(e => e.Id, StringComparer.Ordinal);
        var streamed = IncidentMerger.MergeInDateOrder(byDateThenReversed).ToList();
        streamed.Select(Signature).ShouldBe(_corpus.Incidents.Select(Signature));
        IncidentMerger.Merge(_corpus.Events.Reverse()).Select(Signature).ShouldBe(_corpus.Incidents.Select(Signature));
    }

    [Fact]
    public void The_stream_closes_incidents_long_before_it_has_read_everything()
    {
        // The corpus again, a year later: nothing of the first year can merge with it, so the first year's incidents
        // must all be out before the stream reads the second year.
        static string Later(string iso) => AnalysisMapper.Iso(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).AddDays(365));
        var later = _corpus.Events.Select(e => e with { Id = "later-" + e.Id, ArticleId = "later-" + e.ArticleId, Date = e.Date with { Start = Later(e.Date.Start), End = Later(e.Date.End) } });
        var read = 0;
        IEnumerable<EventDto> Counted()
        {
            foreach (var e in _corpus.Events.Concat(later).OrderBy(e => e.Date.Start, StringComparer.Ordinal))
            {
                read++;
                yield return e;
            }
        }
        var readWhenOut = new List<int>();
        foreach (var _ in IncidentMerger.MergeInDateOrder(Counted())) readWhenOut.Add(read);
        readWhenOut.Count.ShouldBe(2 * _corpus.Incidents.Count);
        readWhenOut.Take(_corpus.Incidents.Count).ShouldAllBe(n => n <= _corpus.Events.Count + 1);
    }

    [Fact]
    public void A_stream_out_of_date_order_is_refused()
    {
        var backwards = _corpus.Events.OrderByDescending(e => e.Date.Start, StringComparer.Ordinal).ToList();
        Should.Throw<ArgumentException>(() => IncidentMerger.MergeInDateOrder(backwards).ToList()).Message.ShouldContain("order of start date");
    }

    private static string Signature(Incident i) => $"{i.Event.Id}: {string.Join(",", i.Reports.Select(r => r.EventId))}";

    [Fact]
    public void Control_histories_are_exact_with_every_report_counted_once_per_change()
    {
        foreach (var expected in Expected().GetProperty("control").EnumerateArray())
        {
            var name = expected.GetProperty("place").GetString()!;
            var place = ControlTimeline.Build(_corpus.ControlChanges, name, null).ShouldHaveSingleItem(name);
            var steps = expected.GetProperty("history").EnumerateArray()
                .Select(s => (s.GetProperty("date").GetString()!, s.GetProperty("held_by").GetString(), s.GetProperty("reports").GetInt32())).ToList();
            place.History.Select(s => (s.Date, s.HeldBy, s.Reports)).ShouldBe(steps, name);
            place.History.ShouldAllBe(s => s.Articles.Count == s.Reports, $"{name}: each report's article cited once");
        }
        ControlTimeline.Build(_corpus.ControlChanges, null, null).Count.ShouldBe(Expected().GetProperty("control").GetArrayLength());
    }

    [Fact]
    public void Who_held_a_place_depends_on_the_date_asked()
    {
        ControlTimeline.Build(_corpus.ControlChanges, "Wad Madani", new DateOnly(2024, 6, 1)).Single().HeldBy.ShouldBe("Rapid Support Forces");
        ControlTimeline.Build(_corpus.ControlChanges, "Wad Madani", new DateOnly(2025, 2, 1)).Single().HeldBy.ShouldBe("Military Forces of Sudan");
    }

    [Fact]
    public void The_timeline_streamed_from_the_store_is_the_timeline_of_all_changes_sorted()
    {
        var sorted = ControlTimeline.Build(_corpus.ControlChanges, null, null);
        sorted.Count.ShouldBeGreaterThan(3);
        AnalysisJson.Serialize(_corpus.TimelineAsStoreReadsIt).ShouldBe(AnalysisJson.Serialize(sorted));
    }

    [Fact]
    public void The_order_reports_arrive_in_does_not_change_the_incidents()
    {
        var reversed = IncidentMerger.Merge(_corpus.Events.Reverse());
        var shuffled = IncidentMerger.Merge(_corpus.Events.OrderBy(e => e.Id.GetHashCode(StringComparison.Ordinal)));
        Signature(reversed).ShouldBe(Signature(_corpus.Incidents));
        Signature(shuffled).ShouldBe(Signature(_corpus.Incidents));
    }

    [Fact]
    public void Reports_of_one_day_and_town_with_different_actors_stay_apart()
    {
        var a = Analysis.Run("Russian forces shelled Kharkiv on Sunday, killing three civilians, officials said.", "2025-03-03", "a");
        var b = Analysis.Run("Unknown gunmen shot dead two men in Kharkiv on Sunday, police said.", "2025-03-03", "b");
        var c = Analysis.Run("Russian artillery hit Kharkiv on Sunday, killing three people, the governor said.", "2025-03-03", "c");
        var events = new[] { a, b, c }.SelectMany(x => x.Events.Select(e => AnalysisMapper.ToDto(e, x.Article.Text))).ToList();
        var incidents = IncidentMerger.Merge(events);
        incidents.ShouldContain(i => i.Reports.Select(r => r.ArticleId).Order(StringComparer.Ordinal).SequenceEqual(new[] { "a", "c" }));
        incidents.ShouldContain(i => i.Reports.Count == 1 && i.Reports[0].ArticleId == "b");
    }

    [Fact]
    public void Reports_a_week_apart_are_two_events()
    {
        var a = Analysis.Run("Russian forces shelled Kharkiv on Sunday, killing three civilians, officials said.", "2025-03-03", "a");
        var b = Analysis.Run("Russian forces shelled Kharkiv on Sunday, killing three civilians, officials said.", "2025-03-10", "b");
        var events = new[] { a, b }.SelectMany(x => x.Events.Select(e => AnalysisMapper.ToDto(e, x.Article.Text))).ToList();
        IncidentMerger.Merge(events).Count.ShouldBe(2);
    }

    private static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();

    private static List<string> Signature(IEnumerable<Incident> incidents) =>
        incidents.Select(i => string.Join(",", i.Reports.Select(r => r.EventId).Order(StringComparer.Ordinal)) + $"|{i.Event.Fatalities}|{i.Event.Location?.Name}")
            .Order(StringComparer.Ordinal).ToList();

    private static string Describe(IEnumerable<Incident> incidents) =>
        string.Join("\n", incidents.Select(i => $"{i.Event.Date.Start} {i.Event.Acled?.SubEventType} {i.Event.Actor1?.Name} @ {i.Event.Location?.Name}: "
                                                 + string.Join(", ", i.Reports.Select(r => r.ArticleId))));

    private static JsonElement Expected() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "expected.json"))).RootElement;

    /// <summary>The 40 reports analyzed and stored once in a fresh SQLite store, then read back as the CLI reads them.</summary>
    public sealed class StoredCorpus : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"frontline-corpus-{Guid.NewGuid():N}.db");

        public StoredCorpus()
        {
            var file = Path.Combine(AppContext.BaseDirectory, "Corpus", "reports.jsonl");
            using var reader = new StreamReader(file);
            var articles = ArticleParser.FromJsonLines(reader, file, null).ToList();
            using var store = StoreFactory.Open(_path);
            store.Ingest(articles.Select(Analysis.Analyzer.Analyze).ToList());
            Articles = store.ArticleCount();
            var all = new EventQuery(Limit: int.MaxValue);
            Events = store.Events(all);
            ControlChanges = store.ControlChanges(all).ToList();
            TimelineAsStoreReadsIt = ControlTimeline.FromMostPreciseFirst(store.ControlChangesMostPreciseFirst(all), null, null);
            Incidents = IncidentMerger.Merge(Events);
        }

        public int Articles { get; }
        public IReadOnlyList<EventDto> Events { get; }
        public IReadOnlyList<ControlChangeDto> ControlChanges { get; }

        /// <summary>The timeline built as the CLI builds it: the store reads the most precisely dated changes first and
        /// the timeline takes them as they stream.</summary>
        public IReadOnlyList<PlaceControl> TimelineAsStoreReadsIt { get; }
        public IReadOnlyList<Incident> Incidents { get; }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(f);
        }
    }
}
