using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Pipeline;
using Frontline.Core.Corpus;
using Frontline.Storage;

namespace Frontline.Bench;

/// <summary>
/// The end-to-end runner: start-up to first result, analyze throughput and latency on 1 and 2 threads, analyze+ingest
/// into SQLite at growing corpus sizes, and peak memory. Prints a Markdown table for docs/BENCHMARKS.md.
/// </summary>
public static class PipelineRunner
{
    private const int WarmUpAnalyses = 20_000;

    /// <summary>Runs on <paramref name="articles"/> generated articles, or on the first that many of
    /// <paramref name="corpusFile"/> (JSON lines, real text) when given; ingests take their articles from the same source.</summary>
    public static void Run(int articles, IReadOnlyList<int> ingestSizes, string? corpusFile = null)
    {
        var clock = Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(DataFiles.DefaultDirectory);
        var loaded = clock.Elapsed;
        var analyzer = new Analyzer(kb);
        BatchCollection.Begin();
        var generator = new CorpusGenerator(DataFiles.DefaultDirectory, kb);
        var first = generator.Generate(1, seed: 1).First();
        clock.Restart();
        analyzer.Analyze(first);
        var firstResult = loaded + clock.Elapsed;

        // The generated corpus keeps the generator's default seed for analysis and each ingest's size as its seed.
        IEnumerable<Article> Source(int count, int? seed) =>
            corpusFile is not null ? ReadCorpus(corpusFile).Take(count) : seed is { } s ? generator.Generate(count, s) : generator.Generate(count);
        var corpus = Source(articles, null).ToList();
        var megabytes = corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
        Console.WriteLine($"| Machine | {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC |");
        Console.WriteLine($"| Corpus | {corpus.Count:N0} {(corpusFile is null ? "generated articles" : $"articles of {Path.GetFileName(corpusFile)}")}, {megabytes:F1} MB, mean {megabytes * 1e6 / corpus.Count:F0} bytes |");
        Console.WriteLine($"| Knowledge base load | {loaded.TotalMilliseconds:F0} ms |");
        Console.WriteLine($"| Start-up to first result | {firstResult.TotalMilliseconds:F0} ms |");
        // Warm the JIT and caches before timing: tiered compilation re-JITs hot methods with profile data only after
        // they have run for a while. One pass over a 3,000-article corpus still left part of that inside the
        // single-thread timing (2,583-2,951 articles/s against 4,317 after 10,000 analyses, and two threads 3.2 times
        // as fast as one), so the corpus is analysed until at least WarmUpAnalyses articles have gone through.
        for (var warmed = 0; warmed < WarmUpAnalyses; warmed += corpus.Count) AnalyzeAll(analyzer, corpus, threads: 2);
        foreach (var threads in new[] { 1, 2 })
        {
            var (elapsed, latencies) = AnalyzeAll(analyzer, corpus, threads);
            latencies.Sort();
            Console.WriteLine($"| analyze, {threads} thread(s) | {corpus.Count / elapsed.TotalSeconds:F0} articles/s, {megabytes / elapsed.TotalSeconds:F2} MB/s, " +
                              $"p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms |");
        }
        // Before the ingest runs, whose read-back holds every stored event at once.
        Console.WriteLine($"| Peak working set, start-up and analyze | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB |");
        var stores = ingestSizes.Select(size => (Size: size, Path: BenchStore.NewPath($"{size}"))).ToList();
        try
        {
            foreach (var (size, path) in stores)
            {
                var elapsed = Ingest(analyzer, Source(size, size), path);
                Console.WriteLine($"| analyze + ingest into SQLite, {size:N0} articles, 2 threads | {elapsed.TotalSeconds:F1} s, {size / elapsed.TotalSeconds:F0} articles/s |");
            }
            // Before any read-back, which holds every stored event at once.
            Console.WriteLine($"| Peak working set, through ingest | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB |");
            foreach (var (size, path) in stores)
            {
                var (events, read, merge, incidents) = ReadBack(path);
                Console.WriteLine($"| read back {events:N0} events, merge across articles, {size:N0} articles | read {read.TotalSeconds:F1} s, merge {merge.TotalSeconds:F1} s ({events / merge.TotalSeconds:F0} events/s) into {incidents:N0} incidents |");
            }
        }
        finally
        {
            foreach (var (_, path) in stores) BenchStore.Delete(path);
        }
        Console.WriteLine($"| Peak working set, whole run | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB |");
    }

    private static (TimeSpan Elapsed, List<double> LatenciesMs) AnalyzeAll(Analyzer analyzer, List<Article> corpus, int threads)
    {
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(corpus, new ParallelOptions { MaxDegreeOfParallelism = threads }, article =>
        {
            var start = Stopwatch.GetTimestamp();
            analyzer.Analyze(article);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        });
        return (clock.Elapsed, latencies.ToList());
    }

    /// <summary>Analysis on two threads, stored in batches of 500 in one transaction each, overlapped, as `frontline ingest`
    /// does: the articles are generated as the batches are read, so the corpus is never held whole.</summary>
    private static TimeSpan Ingest(Analyzer analyzer, IEnumerable<Article> articles, string path)
    {
        using var store = new SqliteEventStore(path);
        var clock = Stopwatch.StartNew();
        BatchIngest.Run(articles, new HashSet<string>(), analyzer.Analyze, store, threads: 2);
        return clock.Elapsed;
    }

    /// <summary>A JSON-lines corpus, read lazily as `frontline ingest` reads one.</summary>
    internal static IEnumerable<Article> ReadCorpus(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var article in Frontline.Core.Input.ArticleParser.FromJsonLines(reader, path, null)) yield return article;
    }

    /// <summary>Every stored event read back and merged across articles, as `frontline export` and `report` do.</summary>
    private static (int Events, TimeSpan Read, TimeSpan Merge, int Incidents) ReadBack(string path)
    {
        using var store = new SqliteEventStore(path);
        var clock = Stopwatch.StartNew();
        var events = store.Events(new EventQuery(Limit: int.MaxValue));
        var read = clock.Elapsed;
        clock.Restart();
        var incidents = IncidentMerger.Merge(events).Count;
        return (events.Count, read, clock.Elapsed, incidents);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public static IReadOnlyList<int> Sizes(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}
