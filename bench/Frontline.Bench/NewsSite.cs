using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using Frontline.Core.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Frontline.Bench;

/// <summary>When and where one story appears on the site: its time from the site's start, the feeds that carry it,
/// and whether they carry only a summary (its page, /story/N.html, has the text).</summary>
public sealed record StoryPlacement(TimeSpan At, int[] Feeds, bool SummaryOnly);

/// <summary>
/// A news site on loopback for the watchers' test and benchmarks: feeds /feed/N.rss carrying the newest 20 stories
/// that have appeared in them (with an ETag, answered 304 when unchanged), story pages, no robots.txt. It times every
/// feed request, counts page requests, and remembers when each story was first served to a watcher.
/// </summary>
public sealed class NewsSite : IAsyncDisposable
{
    private readonly IReadOnlyList<Article> _stories;
    private readonly IReadOnlyList<StoryPlacement> _placements;
    private readonly List<int>[] _byFeed;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private WebApplication _app = null!;

    /// <summary>Each feed's request times, from the site's start.</summary>
    public ConcurrentDictionary<string, List<TimeSpan>> FeedRequests { get; } = new();

    public ConcurrentDictionary<int, int> PageRequests { get; } = new();

    /// <summary>When each story was first in a feed answer (or its page was first served), from the site's start.</summary>
    public ConcurrentDictionary<int, TimeSpan> FirstServed { get; } = new();

    public string Base { get; private set; } = "";

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The wall-clock time of the site's start.</summary>
    public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;

    public int Feeds => _byFeed.Length;

    /// <summary>How long the site takes to answer a feed request (a slow site keeps its pollers' leases held longer).</summary>
    public TimeSpan FeedDelay { get; init; }

    private NewsSite(IReadOnlyList<Article> stories, IReadOnlyList<StoryPlacement> placements, int feeds)
    {
        _stories = stories;
        _placements = placements;
        _byFeed = Enumerable.Range(0, feeds).Select(_ => new List<int>()).ToArray();
        for (var j = 0; j < placements.Count; j++)
            foreach (var f in placements[j].Feeds) _byFeed[f].Add(j);
        foreach (var list in _byFeed) list.Sort((a, b) => placements[a].At.CompareTo(placements[b].At));
    }

    /// <summary>How many stories have appeared so far.</summary>
    public int Published => _placements.Count(p => p.At <= _clock.Elapsed);

    public TimeSpan AppearedAt(int story) => _placements[story].At;

    public static async Task<NewsSite> StartAsync(IReadOnlyList<Article> stories, IReadOnlyList<StoryPlacement> placements, int feeds, TimeSpan feedDelay = default)
    {
        var site = new NewsSite(stories, placements, feeds) { FeedDelay = feedDelay };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        site._app = builder.Build();
        site._app.MapGet("/robots.txt", () => Results.NotFound());
        site._app.MapGet("/feed/{n:int}.rss", async (int n, HttpContext c) =>
        {
            var answer = site.Feed(n, c);
            if (site.FeedDelay > TimeSpan.Zero) await Task.Delay(site.FeedDelay, c.RequestAborted);
            return answer;
        });
        site._app.MapGet("/story/{j:int}.html", (int j) =>
        {
            if (j < 0 || j >= site._stories.Count || site._placements[j].At > site._clock.Elapsed) return Results.NotFound();
            site.PageRequests.AddOrUpdate(j, 1, (_, k) => k + 1);
            site.FirstServed.TryAdd(j, site._clock.Elapsed);
            var paragraphs = site._stories[j].Text.Split(". ").Select(p => $"<p>{SecurityElement.Escape(p)}.</p>");
            return Results.Content($"<html><head><title>Story {j}</title></head><body><nav>Home | World</nav><article><h1>Story {j}</h1>{string.Concat(paragraphs)}</article><footer>(c) Site</footer></body></html>", "text/html");
        });
        await site._app.StartAsync();
        site.Base = site._app.Urls.First().TrimEnd('/');
        return site;
    }

    private IResult Feed(int n, HttpContext context)
    {
        if (n < 0 || n >= _byFeed.Length) return Results.NotFound();
        var now = _clock.Elapsed;
        var times = FeedRequests.GetOrAdd(context.Request.Path.Value!, _ => []);
        lock (times) times.Add(now);
        var visible = _byFeed[n].Where(j => _placements[j].At <= now).Reverse().Take(20).ToList();
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', visible))))[..16] + "\"";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
        foreach (var j in visible.Where(j => !_placements[j].SummaryOnly)) FirstServed.TryAdd(j, now);
        context.Response.Headers.ETag = etag;
        var items = visible.Select(j =>
        {
            var story = _stories[j];
            var body = _placements[j].SummaryOnly ? story.Text.Split(". ")[0] + "." : story.Text;
            var published = Started + _placements[j].At;
            return $"<item><title>Story {j}</title><link>{Base}/story/{j}.html</link><guid>story-{j}</guid>" +
                   $"<pubDate>{published.UtcDateTime:R}</pubDate><description>{SecurityElement.Escape(body)}</description></item>";
        });
        return Results.Content($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed {n}</title>{string.Concat(items)}</channel></rss>",
            "application/rss+xml");
    }

    /// <summary>A sources file listing every feed at one interval.</summary>
    public string SourcesYaml(TimeSpan every) =>
        "sources:\n" + string.Concat(Enumerable.Range(0, Feeds).Select(i => $"  - url: {Base}/feed/{i}.rss\n    every: {every.TotalSeconds}s\n"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
