using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Frontline.Web.Tests;

/// <summary>
/// `serve --watch` end to end in headless Chromium: the dashboard is open while the watcher polls a news site on
/// loopback; once the site publishes a story, its event appears in the list without a reload, marked new; the alert
/// its rule raises is delivered to a test webhook and shown in the page's banner, and the Sources page lists the feed.
/// </summary>
public sealed class LiveDashboardBrowserTests : IAsyncLifetime
{
    private const string Story =
        "Russian drones struck energy facilities in Kharkiv overnight, killing two workers and cutting power to tens of " +
        "thousands of homes, the regional governor said on Tuesday. Ukrainian air defences shot down eleven of the fifteen " +
        "drones launched, the air force said, and repair crews restored electricity to most districts by the morning.";

    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-live").FullName;
    private readonly string _profile = Directory.CreateTempSubdirectory("frontline-chromium-").FullName;
    private readonly ConcurrentQueue<string> _webhook = new();
    private volatile bool _published;
    private WebApplication _site = null!;
    private WebApplication _dashboard = null!;
    private ChromeDriver? _driver;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _site = builder.Build();
        _site.MapGet("/news.rss", () => Results.Content($"""
            <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>
            {(_published ? $"<item><title>Drones hit Kharkiv</title><guid>kharkiv-1</guid><pubDate>Tue, 03 Dec 2024 07:30:00 GMT</pubDate><description>{Story}</description></item>" : "")}
            </channel></rss>
            """, "application/rss+xml"));
        _site.MapPost("/hook", async (HttpContext c) =>
        {
            using var reader = new StreamReader(c.Request.Body);
            _webhook.Enqueue(await reader.ReadToEndAsync());
            return Results.Ok();
        });
        await _site.StartAsync();
        var site = _site.Urls.First().TrimEnd('/');
        var sources = Path.Combine(_dir, "sources.yaml");
        await File.WriteAllTextAsync(sources, $"""
            sources:
              - url: {site}/news.rss
                every: 10s
            alerts:
              - name: Ukraine
                country: UA
                min_fatalities: 1
                webhook: {site}/hook
            """);
        _dashboard = WebApp.Build(new WebOptions(Path.Combine(_dir, "live.db"), "http://127.0.0.1:0") { WatchSources = sources });
        await _dashboard.StartAsync();
    }

    [SkippableFact]
    public void A_story_published_while_the_dashboard_is_open_appears_in_it_with_its_alert()
    {
        var url = _dashboard.Urls.First().TrimEnd('/');
        _driver = HeadlessChromium.Open(url + "/", _profile);
        HeadlessChromium.Wait(_driver).Until(d => d.FindElement(By.Id("live-status")).Text.StartsWith("Live", StringComparison.Ordinal));
        _driver.FindElements(By.CssSelector("#event-list li button")).ShouldBeEmpty();

        _published = true;

        HeadlessChromium.Wait(_driver, 90).Until(d => d.FindElements(By.CssSelector("#event-list li button.fresh")).Any(b => b.Text.Contains("Kharkiv", StringComparison.Ordinal)));
        HeadlessChromium.Wait(_driver, 30).Until(d => d.FindElement(By.Id("alert-banner")).Displayed);
        _driver.FindElement(By.Id("alert-banner")).Text.ShouldContain("Ukraine");
        HeadlessChromium.Wait(_driver, 30).Until(_ => !_webhook.IsEmpty);
        _webhook.ShouldHaveSingleItem().ShouldContain("\"alert\":\"Ukraine\"");
        HeadlessChromium.SaveScreenshot(_driver, "dashboard-live.png");

        // The watcher's metrics on the dashboard's Prometheus endpoint.
        using var http = new HttpClient();
        var metrics = http.GetStringAsync(url + "/metrics").GetAwaiter().GetResult();
        metrics.ShouldContain("frontline_watch_new_articles_total 1");
        metrics.ShouldContain("frontline_watch_polls_total{outcome=\"ok\"}");
        metrics.ShouldContain("frontline_watch_alerts_total{state=\"delivered\"} 1");

        _driver.Navigate().GoToUrl(url + "/watch.html");
        HeadlessChromium.Wait(_driver).Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
        _driver.FindElement(By.Id("sources-rows")).Text.ShouldContain("/news.rss");
        HeadlessChromium.Wait(_driver).Until(d => d.FindElement(By.Id("alerts-rows")).Text.Contains("Ukraine", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        HeadlessChromium.Close(_driver, _profile);
        await _dashboard.StopAsync();
        await _dashboard.DisposeAsync();
        await _site.StopAsync();
        await _site.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
