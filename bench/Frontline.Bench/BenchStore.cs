using Frontline.Core.Model;
using Frontline.Core.Pipeline;

namespace Frontline.Bench;

/// <summary>What the bench's ingest runs share: a throw-away SQLite store in the temp folder, and a batch analysed on
/// two threads in its order, as `frontline ingest` does.</summary>
internal static class BenchStore
{
    /// <summary>A fresh store path of this process; any file left there by an earlier run is removed.</summary>
    public static string NewPath(string label)
    {
        var path = Path.Combine(Path.GetTempPath(), $"frontline-bench-{Environment.ProcessId}-{label}.db");
        Delete(path);
        return path;
    }

    /// <summary>Removes the store with its log and shared-memory files.</summary>
    public static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
    }

    public static List<ArticleAnalysis> AnalyzeOnTwoThreads(Analyzer analyzer, Article[] batch) =>
        batch.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(analyzer.Analyze).ToList();
}
