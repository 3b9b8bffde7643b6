using Frontline.Storage;
using Frontline.Watch;
using Microsoft.Extensions.Logging.Abstractions;

namespace Frontline.Tests.Watch;

/// <summary>
/// The watcher against a news site on loopback (<see cref="FeedServer"/>): every real article stored exactly once
/// (the same story in two feeds, summaries completed from their pages, a page polled as a source), every bad source
/// reported with its reason while the others go on, validators sent and 304s honoured, robots.txt obeyed, and a
/// second poll fetching nothing it has.
/// </summary>
public abstract class WatchEndToEndTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    /// <summary>The store this run writes to (a fresh one per test).</summary>
    protected abstract string Location { get; }

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public virtual async Task DisposeAsync() => await _server.DisposeAsync();

    private static readonly WatchOptions Options = new()
    {
        Worker = "test-worker",
        SummaryChars = 300,
        Fetch = new FetchPolicy { Timeout = TimeSpan.FromSeconds(1), RetryDelay = TimeSpan.FromMilliseconds(10), Retries = 2, MaxBytes = 4 * 1024 * 1024 },
    };

    private SourcesFile Sources() => SourcesFile.Parse($"""
        sources:
          - {"{"} url: {_server.Base}/wire.rss, every: 5m {"}"}
          - {"{"} url: {_server.Base}/desk.atom, every: 5m, language: en, trust: high {"}"}
          - {"{"} url: {_server.Base}/story/page-source.html, every: 1h, country: Somalia {"}"}
          - {"{"} url: {_server.Base}/broken.rss, every: 5m {"}"}
          - {"{"} url: {_server.Base}/flaky.rss, every: 1m {"}"}
          - {"{"} url: {_server.Base}/slow.rss, every: 5m {"}"}
          - {"{"} url: {_server.Base}/huge.rss, every: 5m {"}"}
          - {"{"} url: {_server.Base}/loop/a, every: 5m {"}"}
          - {"{"} url: {_server.Base}/gone.rss, every: 5m {"}"}
        """, "sources.yaml");

    [SkippableFact]
    public async Task Every_real_article_is_stored_once_and_every_bad_source_is_reported()
    {
        var clock = new ShiftedClock();
        using var store = WatchStore.Open(Location);
        using var watcher = new Watcher(store, Analysis.Analyzer.Analyze, Options, NullLogger.Instance, clock);
        watcher.Sync(Sources());

        var reports = await watcher.RunOnceAsync();

        reports.Count.ShouldBe(9);
        var byPath = reports.ToDictionary(r => new Uri(r.Source).AbsolutePath);
        // Wire: two full stories, one completed from its page, one whose page robots.txt forbids (its summary kept).
        // Desk: the Sudan story again (polled at the same time, whichever feed claims it first stores it), a
        // boilerplate page (skipped), Sagaing.
        (byPath["/wire.rss"].Stored.Count + byPath["/desk.atom"].Stored.Count).ShouldBe(5);
        (byPath["/wire.rss"].Skipped + byPath["/desk.atom"].Skipped).ShouldBe(1);
        byPath["/story/page-source.html"].Stored.Count.ShouldBe(1);
        _server.Hits["/story/sudan.html"].ShouldBe(1);
        _server.Hits.ContainsKey("/private/report.html").ShouldBeFalse();

        var errors = reports.Where(r => r.Outcome.Error is not null).ToDictionary(r => new Uri(r.Source).AbsolutePath, r => r.Outcome.Error!);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["/broken.rss", "/flaky.rss", "/gone.rss", "/huge.rss", "/loop/a", "/slow.rss"]);
        errors["/broken.rss"].ShouldContain("not a readable RSS or Atom feed");
        errors["/flaky.rss"].ShouldContain("503");
        errors["/gone.rss"].ShouldContain("404");
        errors["/huge.rss"].ShouldContain("cap");
        errors["/loop/a"].ShouldContain("redirect");
        errors["/slow.rss"].ShouldContain("within 1 s");
        _server.Hits["/flaky.rss"].ShouldBe(3, "a transient failure is tried twice more, then left for the next poll");
        _server.Hits["/gone.rss"].ShouldBe(1, "a 404 is not retried");

        using (var db = StoreFactory.Open(Location))
        {
            db.ArticleCount().ShouldBe(6);
            var sudan = db.Events(new EventQuery(CountryIso2: "SD"));
            sudan.ShouldNotBeEmpty();
            db.ArticleOf(sudan[0].Id)!.Text.ShouldContain("Abu Shouk");
            db.Events(new EventQuery(CountryIso2: "SO")).ShouldNotBeEmpty();
        }

        // A second round, ten minutes on: the feeds answer 304, nothing is fetched or stored again, and the failing
        // sources are tried once more and counted as failing twice in a row.
        clock.Shift = TimeSpan.FromMinutes(10);
        var again = await watcher.RunOnceAsync();
        again.Sum(r => r.Stored.Count).ShouldBe(0);
        _server.NotModified["/wire.rss"].ShouldBe(1);
        _server.NotModified["/desk.atom"].ShouldBe(1);
        _server.Hits["/story/sudan.html"].ShouldBe(1);
        var states = store.Ledger(l => l.Sources()).ToDictionary(s => new Uri(s.Url).AbsolutePath);
        states["/flaky.rss"].Failures.ShouldBe(2);
        states["/flaky.rss"].Errors.ShouldBe(2);
        states["/wire.rss"].LastStatus.ShouldBe("not modified");
        (states["/wire.rss"].Items + states["/desk.atom"].Items).ShouldBe(5);
        using var after = StoreFactory.Open(Location);
        after.ArticleCount().ShouldBe(6);
    }

    [SkippableFact]
    public async Task A_failing_source_backs_off_longer_with_each_failure()
    {
        var clock = new ShiftedClock();
        using var store = WatchStore.Open(Location);
        using var watcher = new Watcher(store, Analysis.Analyzer.Analyze, Options with { MaxBackoff = TimeSpan.FromMinutes(30) }, NullLogger.Instance, clock);
        watcher.Sync(SourcesFile.Parse($"sources:\n  - {{ url: {_server.Base}/gone.rss, every: 1m }}", "sources.yaml"));
        var waits = new List<TimeSpan>();
        for (var round = 0; round < 6; round++)
        {
            var report = (await watcher.RunOnceAsync()).ShouldHaveSingleItem();
            waits.Add(report.Outcome.NextPoll - report.Outcome.Started);
            clock.Shift += report.Outcome.NextPoll - report.Outcome.Started;
        }
        waits.Select(w => w.TotalMinutes).ShouldBe([2, 4, 8, 16, 30, 30]);
        _server.Hits["/gone.rss"].ShouldBe(6);
    }

    [SkippableFact]
    public async Task A_matching_event_raises_its_alert_once_and_the_webhook_gets_it_after_a_failed_try()
    {
        var clock = new ShiftedClock();
        using var store = WatchStore.Open(Location);
        using var watcher = new Watcher(store, Analysis.Analyzer.Analyze, Options, NullLogger.Instance, clock);
        watcher.Sync(SourcesFile.Parse($"""
            sources:
              - {"{"} url: {_server.Base}/wire.rss, every: 5m {"}"}
              - {"{"} url: {_server.Base}/desk.atom, every: 5m {"}"}
            alerts:
              - name: mass killing in Sudan
                country: Sudan
                min_fatalities: 10
                webhook: {_server.Base}/hook
              - name: anything in Myanmar
                country: MM
            """, "sources.yaml"));

        await watcher.RunOnceAsync();
        var alerts = store.Ledger(l => l.Alerts(100));
        var sudan = alerts.Where(a => a.Rule == "mass killing in Sudan").ToList();
        sudan.ShouldNotBeEmpty();
        sudan.ShouldAllBe(a => a.Delivered == null && a.Attempts == 1 && a.LastError!.Contains("503"));
        var myanmar = alerts.Where(a => a.Rule == "anything in Myanmar").ToList();
        myanmar.ShouldNotBeEmpty();
        myanmar.ShouldAllBe(a => a.Webhook == null && a.Attempts == 0);
        alerts.Count.ShouldBe(sudan.Count + myanmar.Count, "no other event matches a rule");

        clock.Shift = TimeSpan.FromMinutes(2);
        await watcher.RunOnceAsync();
        clock.Shift = TimeSpan.FromMinutes(10);
        await watcher.RunOnceAsync();

        _server.Delivered.Select(d => Uri.UnescapeDataString(d.Key)).Order(StringComparer.Ordinal).ShouldBe(sudan.Select(a => a.Key).Order(StringComparer.Ordinal));
        var body = System.Text.Json.JsonDocument.Parse(_server.Delivered.First().Body).RootElement;
        body.GetProperty("alert").GetString().ShouldBe("mass killing in Sudan");
        body.GetProperty("event").GetProperty("fatalities").GetInt32().ShouldBeGreaterThanOrEqualTo(10);
        body.GetProperty("article").GetProperty("url").GetString()!.ShouldEndWith("/story/sudan.html");
        store.Ledger(l => l.Alerts(100)).Where(a => a.Webhook != null).ShouldAllBe(a => a.Delivered != null && a.Attempts == 2);
        store.Ledger(l => l.Alerts(100)).Count.ShouldBe(alerts.Count);
    }

    /// <summary>The system clock moved on by a settable amount, so a test can let hours pass.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }
}

public sealed class SqliteWatchEndToEndTests : WatchEndToEndTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"frontline-watch-{Guid.NewGuid():N}.db");

    protected override string Location => _path;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}

public sealed class PostgresWatchEndToEndTests : WatchEndToEndTests
{
    private readonly Storage.PostgresTestDatabase _database = new();

    protected override string Location => _database.Url;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }
}
