using Frontline.Tests.Cli;

namespace Frontline.Tests.Watch;

/// <summary>`frontline watch` as a user runs it: once from cron, its status table, its errors.</summary>
public sealed class WatchCommandTests : IAsyncLifetime
{
    private FeedServer _server = null!;
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-watch-cli").FullName;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Watch_once_stores_the_new_articles_reports_a_bad_source_and_shows_the_status()
    {
        var sources = Path.Combine(_dir, "sources.yaml");
        File.WriteAllText(sources, $"sources:\n  - url: {_server.Base}/wire.rss\n    every: 5m\n  - url: {_server.Base}/gone.rss\n    every: 5m\n");
        var store = Path.Combine(_dir, "watch.db");

        var run = CliRunner.Run(null, "watch", "--once", "--sources", sources, "--store", store);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldContain("2 source(s) polled, 1 failed; 4 new article(s) stored");
        run.Stderr.ShouldContain("HTTP 404");
        var again = CliRunner.Run(null, "watch", "--once", "--sources", sources, "--store", store);
        again.Stderr.ShouldContain("0 source(s) polled", customMessage: "nothing is due before its interval");

        var status = CliRunner.Run(null, "watch", "--status", "--store", store);
        status.ExitCode.ShouldBe(0, status.Stderr);
        status.Stdout.ShouldContain("/wire.rss");
        status.Stdout.ShouldContain("HTTP 404 Not Found");
        var events = CliRunner.Run(null, "events", "--store", store, "--format", "json");
        events.Stdout.ShouldContain("Kharkiv");
    }

    [Fact]
    public void A_bad_sources_file_is_an_error_naming_the_line()
    {
        var sources = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(sources, "sources:\n  - url: http://127.0.0.1:1/feed\n    every: often\n");
        var run = CliRunner.Run(null, "watch", "--once", "--sources", sources, "--store", Path.Combine(_dir, "x.db"));
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("bad.yaml:2: every 'often'");
        File.Exists(Path.Combine(_dir, "x.db")).ShouldBeFalse();
    }
}
