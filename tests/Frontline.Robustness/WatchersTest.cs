using System.Diagnostics;
using System.Globalization;
using Frontline.Bench;
using Frontline.Core.Knowledge;
using Frontline.Storage;

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
        // Story j appears at j/N of the publishing time, in feeds j mod F and (j+1) mod F; odd stories as summaries.
        var publishFor = TimeSpan.FromSeconds(seconds * 0.5);
        var placements = Enumerable.Range(0, stories).Select(j => new StoryPlacement(publishFor * j / stories, [j % feeds, (j + 1) % feeds], j % 2 == 1)).ToList();
        // Feeds answer after half a second, so a worker holds leases for a good part of each round and the kill finds some.
        var site = NewsSite.StartAsync(corpus, placements, feeds, TimeSpan.FromMilliseconds(500)).GetAwaiter().GetResult();
        var dir = Directory.CreateTempSubdirectory("frontline-watchers").FullName;
        var sources = Path.Combine(dir, "sources.yaml");
        File.WriteAllText(sources, site.SourcesYaml(Every));
        var clock = Stopwatch.StartNew();
        var processes = Enumerable.Range(1, workers).Select(w => Start(cli, sources, store, $"w{w}", Path.Combine(dir, $"w{w}.log"))).ToList();

        // Midway through publishing, the second worker dies without a word, while it holds leases if it can be caught so.
        Thread.Sleep(TimeSpan.FromSeconds(seconds * 0.3));
        for (var tries = 0; tries < 100 && HeldBy(store, "w2").Sources.Count == 0; tries++) Thread.Sleep(50);
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
        var published = stories;
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
}
