using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;

namespace Frontline.Web.Tests;

/// <summary>Probes, metrics, the live stream, and who may write: a token for writes (and reads, when private), a
/// read-only mode, and a refusal to serve beyond loopback with writes open.</summary>
public sealed class OpsAndAccessTests : IAsyncDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), $"frontline-ops-{Guid.NewGuid():N}.db");
    private readonly List<WebApplication> _apps = [];

    private async Task<HttpClient> Start(Func<WebOptions, WebOptions>? configure = null)
    {
        var options = new WebOptions(_store, "http://127.0.0.1:0");
        var app = WebApp.Build(configure?.Invoke(options) ?? options);
        await app.StartAsync();
        _apps.Add(app);
        return new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(120) };
    }

    private static StringContent Report(string text) =>
        new($$"""{"text": "{{text}}", "published": "2024-07-09"}""", Encoding.UTF8, "application/json");

    [Fact]
    public async Task Probes_and_metrics_answer()
    {
        using var client = await Start();
        (await client.GetStringAsync("/healthz")).ShouldBe("ok\n");
        (await client.GetAsync("/readyz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await client.GetStringAsync("/api/sources");
        var metrics = await client.GetStringAsync("/metrics");
        metrics.ShouldContain("http_request_duration_seconds");
        metrics.ShouldContain("process_");
    }

    [Fact]
    public async Task The_live_stream_carries_the_events_of_a_report_stored_after_it_opened()
    {
        using var client = await Start();
        using var stream = await client.GetStreamAsync("/api/stream");
        using var reader = new StreamReader(stream);
        await Task.Delay(1500);
        (await client.PostAsync("/api/articles", Report("Russian drones struck Kharkiv overnight, killing two people, the governor said."))).StatusCode
            .ShouldBe(HttpStatusCode.Created);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var lines = new List<string>();
        while (!lines.Any(l => l.StartsWith("data:", StringComparison.Ordinal)))
            lines.Add(await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException());
        lines.ShouldContain("event: event");
        lines.Last().ShouldContain("Kharkiv");
    }

    [Fact]
    public async Task With_a_token_writes_need_it_and_reads_do_not()
    {
        using var client = await Start(o => o with { Token = "s3cret" });
        (await client.PostAsync("/api/articles", Report("Clashes in Kidal killed four soldiers on Monday, officials said."))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = Report("Clashes in Kidal killed four soldiers on Monday, officials said.") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.GetAsync("/api/events")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Private_reads_need_the_token_or_the_login_cookie_and_probes_stay_open()
    {
        using var client = await Start(o => o with { Token = "s3cret", PrivateReads = true });
        (await client.GetAsync("/api/events")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/login?token=wrong")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = client.BaseAddress };
        (await browser.GetAsync("/login?token=s3cret")).StatusCode.ShouldBe(HttpStatusCode.OK, "the cookie is set and the page follows");
        (await browser.GetAsync("/api/events")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_read_only_server_refuses_writes()
    {
        using var client = await Start(o => o with { ReadOnly = true });
        (await client.PostAsync("/api/articles", Report("Clashes in Kidal killed four soldiers on Monday."))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/events")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080", null, false, false)]
    [InlineData("http://0.0.0.0:5080", "t", false, true)]
    [InlineData("http://0.0.0.0:5080", null, true, true)]
    [InlineData("http://127.0.0.1:5080", null, false, true)]
    [InlineData("http://[::1]:5080", null, false, true)]
    [InlineData("http://localhost:5080", null, false, true)]
    public void Serving_beyond_loopback_needs_a_token_or_read_only(string url, string? token, bool readOnly, bool safe) =>
        (new WebOptions("x.db", url) { Token = token, ReadOnly = readOnly }.Unsafe() is null).ShouldBe(safe);

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _store, _store + "-wal", _store + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}
