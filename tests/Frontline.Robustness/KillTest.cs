using System.Diagnostics;
using Frontline.Bench;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Output;
using Frontline.Core.Pipeline;
using Frontline.Storage;

namespace Frontline.Robustness;

/// <summary>
/// Crash safety: a child `frontline ingest` of generated articles is killed with SIGKILL at random points, several
/// times; then the ingest is re-run to the end. The store must then hold exactly the articles and events of a clean
/// ingest (same event ids, so no duplicate and no partial article). A kill point is a number of articles the child's
/// ingest log (`--log`, written as each batch commits) must show, not a time: on a shared two-core machine one run can
/// take half as long as the next, and a kill timed from the clean run could land after the ingest had finished.
/// </summary>
public static class KillTest
{
    public static int Run(string cli, string store, int articles, int kills, int seed)
    {
        var kb = KnowledgeBase.Load(DataFiles.DefaultDirectory);
        var corpus = new CorpusGenerator(DataFiles.DefaultDirectory, kb).Generate(articles, seed, targetBytes: 600).ToList();
        var input = Path.Combine(Path.GetTempPath(), $"frontline-kill-{Environment.ProcessId}.jsonl");
        File.WriteAllLines(input, corpus.Select(a => AnalysisJson.Serialize(new { id = a.Id, published = AnalysisMapper.Iso(a.Published), text = a.Text }, indented: false)));
        var expected = ExpectedEventIds(kb, corpus);
        var random = new Random(seed);
        var log = input + ".log";
        var clock = Stopwatch.StartNew();
        var (full, _) = Ingest(cli, input, store, log, killAtLogged: null);
        Console.WriteLine($"kill test ({store}): a full ingest of {articles} articles took {full.TotalSeconds:F1} s");
        int midIngest = 0, exact = 0;
        for (var k = 0; k < kills; k++)
        {
            // Each kill point on a fresh store: kill a running ingest, re-run it, and check the result exactly.
            Reset(store);
            // Between the first committed batch and four fifths of the articles, where batches are being written.
            var at = random.Next(Math.Max(1, articles / 10), Math.Max(2, articles * 4 / 5));
            // Past that, a random delay, so the kill lands anywhere in the next batch (analysing or writing), not just
            // after a commit.
            var (elapsed, killed) = Ingest(cli, input, store, log, at, TimeSpan.FromMilliseconds(random.Next(0, 400)));
            midIngest += killed ? 1 : 0;
            var (afterKill, _) = Counts(store);
            Ingest(cli, input, store, log, killAtLogged: null);
            var ok = Matches(store, articles, expected);
            exact += ok ? 1 : 0;
            Console.WriteLine($"  kill {k + 1}: SIGKILL once {at} article(s) were logged ({elapsed.TotalSeconds:F1} s in)" +
                              $"{(killed ? "" : " (the ingest had already finished)")}, {afterKill} article(s) stored; " +
                              $"after re-running: {(ok ? "exact" : "MISMATCH")}");
        }
        Console.WriteLine($"kill test ({store}): {kills} kill point(s), {midIngest} of them mid-ingest, {exact} recovered exactly " +
                          $"({articles} articles, {expected.Count} events; {clock.Elapsed.TotalSeconds:F0} s)");
        File.Delete(input);
        File.Delete(log);
        return exact == kills && midIngest > 0 ? 0 : 1;
    }

    private static bool Matches(string store, int articles, HashSet<string> expected)
    {
        using var check = StoreFactory.Open(store);
        var ids = check.Events(new EventQuery(Limit: int.MaxValue)).Select(e => e.Id).ToList();
        return check.ArticleCount() == articles && ids.Count == expected.Count && ids.ToHashSet().SetEquals(expected);
    }

    private static HashSet<string> ExpectedEventIds(KnowledgeBase kb, List<Article> corpus)
    {
        var analyzer = new Analyzer(kb);
        return corpus.AsParallel().SelectMany(a => analyzer.Analyze(a).Events.Select(e => ContentHash.EventId(ContentHash.Of(a), e.Id))).ToHashSet();
    }

    /// <summary>Runs one ingest, logging to <paramref name="log"/>; when <paramref name="killAtLogged"/> is given, kills it
    /// once its log shows that many articles and <paramref name="delay"/> more has passed. Returns how long it ran and
    /// whether it was killed before it finished.</summary>
    private static (TimeSpan Elapsed, bool Killed) Ingest(string cli, string input, string store, string log, int? killAtLogged,
        TimeSpan delay = default)
    {
        File.Delete(log);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "ingest", input, "--store", store, "--log", log }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (killAtLogged is { } target)
        {
            while (!process.WaitForExit(TimeSpan.FromMilliseconds(20)))
            {
                if (LoggedLines(log) < target) continue;
                if (process.WaitForExit(delay)) break;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (clock.Elapsed, true);
            }
            return (clock.Elapsed, false);
        }
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ingest exited with {process.ExitCode}");
        return (clock.Elapsed, false);
    }

    /// <summary>Lines in the running ingest's log so far (none before it is created).</summary>
    private static int LoggedLines(string log)
    {
        try
        {
            using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var lines = 0;
            var buffer = new byte[1 << 16];
            for (int read; (read = stream.Read(buffer)) > 0;) lines += buffer.AsSpan(0, read).Count((byte)'\n');
            return lines;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    private static (int Articles, int Events) Counts(string store)
    {
        using var s = StoreFactory.Open(store);
        return (s.ArticleCount(), s.EventCount());
    }

    /// <summary>Empties the store for the kill runs: a SQLite file is deleted; a PostgreSQL database's tables are truncated.</summary>
    private static void Reset(string store)
    {
        if (!PostgresEventStore.IsUrl(store))
        {
            foreach (var f in new[] { store, store + "-wal", store + "-shm" }) File.Delete(f);
            return;
        }
        using var connection = new Npgsql.NpgsqlConnection(PostgresEventStore.ConnectionString(store));
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "TRUNCATE control_changes, relations, events, articles";
        cmd.ExecuteNonQuery();
    }
}
