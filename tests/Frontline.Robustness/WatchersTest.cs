using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security;
using Frontline.Bench;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Frontline.Robustness;

/// <summary>
/// Several `frontline watch` workers against one PostgreSQL store and a news site on loopback whose feeds grow while
/// they run; one worker is killed with SIGKILL midway, the others are stopped with SIGTERM at the end. Then: every
/// published story is stored exactly once (stories appear in two feeds each; half carry only a summary, completed from
/// their page), no feed was requested sooner than its interval after the previous request, the dead worker's sources
/// were polled again by the others, and the survivors shut down cleanly.
/// </summary>
public static class WatchersTest
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(5);

    public static int Run(string cli, string store, int workers, int feeds, int stories, int seconds)
    {
        var kb = KnowledgeBase.Load(DataFiles.DefaultDirectory);
        var corpus = new CorpusGenerator(DataFiles.DefaultDirectory, kb).Generate(stories, 20261205, targetBytes: 900).ToList();
        var publishFor = TimeSpan.FromSeconds(seconds * 0.5);
        var site = NewsSite.StartAsync(corpus, feeds, publishFor).GetAwaiter().GetResult();
        var dir = Directory.CreateTempSubdirectory("frontline-watchers").FullName;
        var sources = Path.Combine(dir, "sources.yaml");
        File.WriteAllText(sources, "sources:\n" + string.Concat(Enumerable.Range(0, feeds).Select(i => $"  - url: {site.Base}/feed/{i}.rss\n    every: {Every.TotalSeconds}s\n")));
        var clock = Stopwatch.StartNew();
        var processes = Enumerable.Range(1, workers).Select(w => Start(cli, sources, store, $"w{w}", Path.Combine(dir, $"w{w}.log"))).ToList();

        // Midway through publishing, the second worker dies without a word.
        Thread.Sleep(TimeSpan.FromSeconds(seconds * 0.3));
        var victim = processes[1];
        victim.Kill();
        victim.WaitForExit();
        var killedAt = clock.Elapsed;
        var (heldByDead, claimedByDead) = HeldBy(store, "w2");
        Console.WriteLine($"watchers: killed w2 at {killedAt.TotalSeconds:F1} s holding {heldByDead.Count} source lease(s) and {claimedByDead} item claim(s)");

        Thread.Sleep(TimeSpan.FromSeconds(seconds) - clock.Elapsed);
        var survivors = processes.Where(p => p != victim).ToList();
        foreach (var p in survivors) Process.Start("kill", ["-TERM", p.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        var clean = survivors.All(p => p.WaitForExit(30_000) && p.ExitCode == 0);
        var ran = clock.Elapsed;
        site.DisposeAsync().AsTask().GetAwaiter().GetResult();

        var failures = new List<string>();
        var (articles, distinctUrls, storedItems) = Counts(store);
        var published = site.Published;
        if (articles != published || distinctUrls != published)
            failures.Add($"{published} stories published, {articles} articles stored ({distinctUrls} distinct addresses)");
        if (storedItems != published) failures.Add($"{storedItems} items settled as stored, expected {published}");
        var tooSoon = site.FeedRequests.SelectMany(kv => Gaps(kv.Value).Where(g => g < Every - TimeSpan.FromMilliseconds(500)).Select(g => $"{kv.Key} after {g.TotalSeconds:F1} s")).ToList();
        if (tooSoon.Count > 0) failures.Add($"feeds requested sooner than every {Every.TotalSeconds:0} s: {string.Join(", ", tooSoon.Take(5))}");
        var orphaned = heldByDead.Where(url => !site.FeedRequests.TryGetValue(new Uri(url).AbsolutePath, out var times) || times.All(t => t <= killedAt + TimeSpan.FromSeconds(1))).ToList();
        if (orphaned.Count > 0) failures.Add($"the dead worker's sources never polled again: {string.Join(", ", orphaned)}");
        var refetched = site.PageRequests.Count(kv => kv.Value > 1);
        if (refetched > claimedByDead) failures.Add($"{refetched} story page(s) fetched more than once (the dead worker had claimed {claimedByDead})");
        if (!clean) failures.Add("a surviving worker did not stop cleanly on SIGTERM: " + string.Join("; ", survivors.Select(p => p.HasExited ? $"exit {p.ExitCode}" : "still running")));
        foreach (var p in processes.Where(p => !p.HasExited)) p.Kill();

        var polls = site.FeedRequests.Values.Sum(v => v.Count);
        Console.WriteLine($"watchers: {workers} workers, {feeds} feeds every {Every.TotalSeconds:0} s, {published} stories published over {publishFor.TotalSeconds:0} s; " +
                          $"{ran.TotalSeconds:F0} s run, {polls} feed requests, {site.PageRequests.Values.Sum()} page requests ({refetched} repeated); " +
                          $"{articles} articles stored; {(failures.Count == 0 ? "all checks passed" : "FAILED")}");
        foreach (var f in failures) Console.WriteLine($"  FAIL: {f}");
        if (failures.Count > 0)
            foreach (var log in Directory.GetFiles(dir, "*.log")) Console.WriteLine($"--- {Path.GetFileName(log)} (last lines)\n{string.Join('\n', File.ReadLines(log).TakeLast(15))}");
        Directory.Delete(dir, recursive: true);
        return failures.Count == 0 ? 0 : 1;
    }

    private static Process Start(string cli, string sources, string store, string worker, string log)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "watch", "--sources", sources, "--store", store, "--worker", worker, "--lease", $"{Lease.TotalSeconds}s", "--log-format", "text" })
            info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static IEnumerable<TimeSpan> Gaps(IReadOnlyList<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        for (var i = 1; i < sorted.Count; i++) yield return sorted[i] - sorted[i - 1];
    }

    private static (List<string> Sources, int Claims) HeldBy(string store, string worker)
    {
        using var connection = Open(store);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT url FROM watch_sources WHERE lease_owner = @w";
        cmd.Parameters.AddWithValue("w", worker);
        var sources = new List<string>();
        using (var reader = cmd.ExecuteReader()) while (reader.Read()) sources.Add(reader.GetString(0));
        cmd.CommandText = "SELECT count(*) FROM watch_items WHERE owner = @w AND state = 'claimed'";
        return (sources, Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static (int Articles, int DistinctUrls, int StoredItems) Counts(string store)
    {
        using var connection = Open(store);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*), count(DISTINCT url), (SELECT count(*) FROM watch_items WHERE state = 'stored') FROM articles";
        using var reader = cmd.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    private static Npgsql.NpgsqlConnection Open(string store)
    {
        var connection = new Npgsql.NpgsqlConnection(PostgresEventStore.ConnectionString(store));
        connection.Open();
        return connection;
    }

    /// <summary>The site: story j is published at j/N of the publishing time and appears in feeds j mod F and
    /// (j+1) mod F (the newest 20 of each); even stories carry their full text, odd ones a summary whose page
    /// (/story/j.html) has the rest. Requests are timed from the site's start.</summary>
    private sealed class NewsSite : IAsyncDisposable
    {
        private readonly List<Article> _stories;
        private readonly int _feeds;
        private readonly TimeSpan _publishFor;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private WebApplication _app = null!;

        public ConcurrentDictionary<string, List<TimeSpan>> FeedRequests { get; } = new();

        public ConcurrentDictionary<int, int> PageRequests { get; } = new();

        public string Base { get; private set; } = "";

        /// <summary>How many stories the site has published so far (all of them once the publishing time is over).</summary>
        public int Published => Math.Min(_stories.Count, (int)(_stories.Count * (_clock.Elapsed / _publishFor)));

        private NewsSite(List<Article> stories, int feeds, TimeSpan publishFor) => (_stories, _feeds, _publishFor) = (stories, feeds, publishFor);

        public static async Task<NewsSite> StartAsync(List<Article> stories, int feeds, TimeSpan publishFor)
        {
            var site = new NewsSite(stories, feeds, publishFor);
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            site._app = builder.Build();
            site._app.MapGet("/robots.txt", () => Results.NotFound());
            site._app.MapGet("/feed/{n:int}.rss", (int n, HttpContext c) =>
            {
                FeedRequestsOf(site, c.Request.Path.Value!).Add(site._clock.Elapsed);
                return Results.Content(site.Feed(n), "application/rss+xml");
            });
            site._app.MapGet("/story/{j:int}.html", (int j) =>
            {
                if (j >= site.Published) return Results.NotFound();
                site.PageRequests.AddOrUpdate(j, 1, (_, k) => k + 1);
                var paragraphs = site._stories[j].Text.Split(". ").Select(p => $"<p>{SecurityElement.Escape(p)}.</p>");
                return Results.Content($"<html><head><title>Story {j}</title></head><body><nav>Home | World</nav><article><h1>Story {j}</h1>{string.Concat(paragraphs)}</article><footer>(c) Site</footer></body></html>", "text/html");
            });
            await site._app.StartAsync();
            site.Base = site._app.Urls.First().TrimEnd('/');
            return site;
        }

        private static List<TimeSpan> FeedRequestsOf(NewsSite site, string path)
        {
            var list = site.FeedRequests.GetOrAdd(path, _ => []);
            return list;
        }

        private string Feed(int n)
        {
            var published = Published;
            var items = Enumerable.Range(0, published).Where(j => j % _feeds == n || (j + 1) % _feeds == n).Reverse().Take(20).Select(j =>
            {
                var story = _stories[j];
                var body = j % 2 == 0 ? story.Text : story.Text.Split(". ")[0] + ".";
                return $"<item><title>Story {j}</title><link>{Base}/story/{j}.html</link><guid>story-{j}</guid>" +
                       $"<pubDate>{story.Published.ToDateTime(TimeOnly.MinValue):R}</pubDate><description>{SecurityElement.Escape(body)}</description></item>";
            });
            return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed {n}</title>{string.Concat(items)}</channel></rss>";
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
