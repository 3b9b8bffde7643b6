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
/// ingest (same event ids, so no duplicate and no partial article).
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
        var clock = Stopwatch.StartNew();
        var (full, _) = Ingest(cli, input, store, killAfter: null);
        Console.WriteLine($"kill test ({store}): a full ingest of {articles} articles took {full.TotalSeconds:F1} s");
        int midIngest = 0, exact = 0;
        for (var k = 0; k < kills; k++)
        {
            // Each kill point on a fresh store: kill a running ingest, re-run it, and check the result exactly.
            Reset(store);
            // Spread over the second half of a run, where batches are being written.
            var at = TimeSpan.FromMilliseconds(random.Next((int)(full.TotalMilliseconds * 0.4), (int)Math.Max(full.TotalMilliseconds * 0.4 + 1, full.TotalMilliseconds * 0.95)));
            var (_, killed) = Ingest(cli, input, store, at);
            midIngest += killed ? 1 : 0;
            var (afterKill, _) = Counts(store);
            Ingest(cli, input, store, killAfter: null);
            var ok = Matches(store, articles, expected);
            exact += ok ? 1 : 0;
            Console.WriteLine($"  kill {k + 1}: SIGKILL after {at.TotalSeconds:F1} s{(killed ? "" : " (the ingest had already finished)")}, " +
                              $"{afterKill} article(s) stored; after re-running: {(ok ? "exact" : "MISMATCH")}");
        }
        Console.WriteLine($"kill test ({store}): {kills} kill point(s), {midIngest} of them mid-ingest, {exact} recovered exactly " +
                          $"({articles} articles, {expected.Count} events; {clock.Elapsed.TotalSeconds:F0} s)");
        File.Delete(input);
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

    /// <summary>Runs one ingest; returns how long it ran and whether it was killed before it finished.</summary>
    private static (TimeSpan Elapsed, bool Killed) Ingest(string cli, string input, string store, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "ingest", input, "--store", store }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (clock.Elapsed, true);
        }
        process.WaitForExit();
        if (killAfter is null && process.ExitCode != 0) throw new InvalidOperationException($"ingest exited with {process.ExitCode}");
        return (clock.Elapsed, false);
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
