using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Storage;

namespace Frontline.Bench;

/// <summary>
/// The watcher measured end to end: `frontline watch` processes against a <see cref="NewsSite"/> on loopback.
/// scaling: every story there at the start, articles stored per minute with 1, 2 and 3 workers on one PostgreSQL.
/// latency: 1,000 feeds every 5 minutes, stories appearing at random times; from a story's appearance, and from its
/// first fetch, to its events being queryable. soak: one worker polling fast for a long time, its memory sampled.
/// </summary>
public static class WatchBench
{
    public static int Scaling(string cli, string postgresServer, int stories, int feeds, string? corpusFile)
    {
        var corpus = Corpus(stories, corpusFile);
        Console.WriteLine($"| Workers | Stories | First stored | All stored | Articles/min (first to last) | Articles/min (from start) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var workers in new[] { 1, 2, 3 })
        {
            var database = $"frontline_bench_{workers}_{Environment.ProcessId}";
            Admin(postgresServer, $"DROP DATABASE IF EXISTS {database}", $"CREATE DATABASE {database}");
            var store = new UriBuilder(postgresServer) { Path = "/" + database }.Uri.ToString();
            using (StoreFactory.Open(store)) { } // the schema, made before the workers race to make it
            var placements = Enumerable.Range(0, stories).Select(j => new StoryPlacement(TimeSpan.Zero, [j % feeds], false)).ToList();
            var site = NewsSite.StartAsync(corpus, placements, feeds).GetAwaiter().GetResult();
            var dir = Directory.CreateTempSubdirectory("frontline-bench-watch").FullName;
            var sources = Path.Combine(dir, "sources.yaml");
            File.WriteAllText(sources, site.SourcesYaml(TimeSpan.FromMinutes(10)));
            var clock = Stopwatch.StartNew();
            var processes = Enumerable.Range(1, workers).Select(w => StartWorker(cli, sources, store, $"w{w}", "--concurrency", "16")).ToList();
            TimeSpan? first = null;
            var stored = 0;
            while (stored < stories && clock.Elapsed < TimeSpan.FromMinutes(10))
            {
                Thread.Sleep(100);
                stored = Count(store, "SELECT count(*) FROM articles");
                if (stored > 0) first ??= clock.Elapsed;
            }
            var all = clock.Elapsed;
            Stop(processes);
            site.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Directory.Delete(dir, recursive: true);
            Admin(postgresServer, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            var working = all - (first ?? all);
            Console.WriteLine($"| {workers} | {stored:N0} of {stories:N0} | {first?.TotalSeconds:F1} s | {all.TotalSeconds:F1} s | " +
                              $"{stored / Math.Max(working.TotalMinutes, 1e-9):N0} | {stored / all.TotalMinutes:N0} |");
        }
        return 0;
    }

    public static int Latency(string cli, string store, int feeds, TimeSpan every, TimeSpan run, string? corpusFile)
    {
        // Each feed gets about one new story per poll interval, at random times over the run after the first interval
        // (the first poll of every source is the start-up burst, not steady state).
        var random = new Random(20261205);
        var count = (int)(feeds * (run - every) / every);
        var corpus = Corpus(count, corpusFile);
        var placements = Enumerable.Range(0, count).Select(_ => new StoryPlacement(every + (run - every - TimeSpan.FromSeconds(20)) * random.NextDouble(), [random.Next(feeds)], false)).ToList();
        var site = NewsSite.StartAsync(corpus, placements, feeds).GetAwaiter().GetResult();
        var dir = Directory.CreateTempSubdirectory("frontline-bench-watch").FullName;
        var sources = Path.Combine(dir, "sources.yaml");
        File.WriteAllText(sources, site.SourcesYaml(every));
        var worker = StartWorker(cli, sources, store, "w1", "--concurrency", "32");
        var peak = 0L;
        while (site.Elapsed < run)
        {
            Thread.Sleep(1000);
            peak = Math.Max(peak, Rss(worker));
        }
        Thread.Sleep(TimeSpan.FromSeconds(10));
        Stop([worker]);
        var storedAt = StoredTimes(store);
        var fromAppearance = new List<double>();
        var fromFetch = new List<double>();
        for (var j = 0; j < count; j++)
        {
            if (!storedAt.TryGetValue($"{site.Base}/story/{j}.html", out var at)) continue;
            var sinceStart = (at - site.Started).TotalSeconds;
            fromAppearance.Add(sinceStart - site.AppearedAt(j).TotalSeconds);
            if (site.FirstServed.TryGetValue(j, out var served)) fromFetch.Add(sinceStart - served.TotalSeconds);
        }
        var polls = site.FeedRequests.Values.Sum(v => v.Count);
        Console.WriteLine($"| Feeds | {feeds:N0} every {every.TotalSeconds:0} s, {run.TotalMinutes:0} min run, {polls:N0} feed requests ({polls / run.TotalSeconds:F1}/s) |");
        Console.WriteLine($"| Stories | {count:N0} appeared, {storedAt.Count:N0} stored |");
        Console.WriteLine($"| Fetch to queryable | p50 {Percentile(fromFetch, 0.5):F2} s, p99 {Percentile(fromFetch, 0.99):F2} s, max {fromFetch.DefaultIfEmpty().Max():F2} s |");
        Console.WriteLine($"| Appearance to queryable | p50 {Percentile(fromAppearance, 0.5):F1} s, p99 {Percentile(fromAppearance, 0.99):F1} s (bounded by the poll interval) |");
        Console.WriteLine($"| Worker peak RSS | {peak / 1048576.0:F0} MB |");
        Directory.Delete(dir, recursive: true);
        site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    public static int Soak(string cli, string store, int feeds, TimeSpan every, TimeSpan run, string? corpusFile)
    {
        // A story now and then keeps analysis and ingest in the loop; most polls are answered 304, as in real life.
        var random = new Random(7);
        var count = (int)(run.TotalMinutes * 20);
        var corpus = Corpus(count, corpusFile);
        var placements = Enumerable.Range(0, count).Select(j => new StoryPlacement(run * j / count, [random.Next(feeds)], false)).ToList();
        var site = NewsSite.StartAsync(corpus, placements, feeds).GetAwaiter().GetResult();
        var dir = Directory.CreateTempSubdirectory("frontline-bench-watch").FullName;
        var sources = Path.Combine(dir, "sources.yaml");
        File.WriteAllText(sources, site.SourcesYaml(every));
        var worker = StartWorker(cli, sources, store, "soak", "--concurrency", "32");
        Console.WriteLine("| Minute | Feed requests so far | Simulated hours (1,000 sources every 5 min) | Worker RSS |");
        Console.WriteLine("|---|---|---|---|");
        var next = TimeSpan.FromMinutes(1);
        while (site.Elapsed < run)
        {
            Thread.Sleep(1000);
            if (site.Elapsed < next) continue;
            var polls = site.FeedRequests.Values.Sum(v => v.Count);
            Console.WriteLine($"| {site.Elapsed.TotalMinutes:F0} | {polls:N0} | {polls / 12_000.0:F1} | {Rss(worker) / 1048576.0:F0} MB |");
            next += run / 12;
        }
        Stop([worker]);
        Directory.Delete(dir, recursive: true);
        site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    private static List<Article> Corpus(int count, string? corpusFile)
    {
        if (corpusFile is not null)
        {
            var real = PipelineRunner.ReadCorpus(corpusFile).Take(count).ToList();
            if (real.Count < count) throw new InvalidOperationException($"{corpusFile} holds {real.Count} articles; {count} needed");
            return real;
        }
        var kb = KnowledgeBase.Load(DataFiles.DefaultDirectory);
        return new CorpusGenerator(DataFiles.DefaultDirectory, kb).Generate(count, 20261205).ToList();
    }

    private static Process StartWorker(string cli, string sources, string store, string name, params string[] extra)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "watch", "--sources", sources, "--store", store, "--worker", name, "--log-format", "text" }.Concat(extra))
            info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static void Stop(IEnumerable<Process> processes)
    {
        foreach (var p in processes)
        {
            if (!p.HasExited) Process.Start("kill", ["-TERM", p.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!p.WaitForExit(40_000)) p.Kill();
        }
    }

    private static long Rss(Process process)
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static Dictionary<string, DateTimeOffset> StoredTimes(string store)
    {
        using var connection = Open(store);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT url, ingested_at FROM articles WHERE url IS NOT NULL";
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) times[reader.GetString(0)] = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
        return times;
    }

    private static int Count(string store, string sql)
    {
        using var connection = Open(store);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static DbConnection Open(string store)
    {
        DbConnection connection = PostgresEventStore.IsUrl(store)
            ? new Npgsql.NpgsqlConnection(PostgresEventStore.ConnectionString(store))
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store}");
        connection.Open();
        return connection;
    }

    private static void Admin(string server, params string[] statements)
    {
        using var connection = new Npgsql.NpgsqlConnection(PostgresEventStore.ConnectionString(server));
        connection.Open();
        foreach (var sql in statements)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
    }
}
