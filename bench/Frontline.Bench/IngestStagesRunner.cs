using System.Diagnostics;
using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Pipeline;
using Frontline.Storage;

namespace Frontline.Bench;

/// <summary>
/// Ingest's three stages one after another, not overlapped, so that each one's cost shows: analysis on two threads,
/// preparation for the store (contract records and JSON), and the single writer's transaction. Prints the seconds each
/// took per 10,000 articles as the store grows, which tells which stage does not stay linear in the corpus size, and how
/// long the collector paused the process meanwhile (within all three).
/// </summary>
public static class IngestStagesRunner
{
    private const int Step = 10_000;

    public static void Run(int articles)
    {
        var kb = KnowledgeBase.Load(DataFiles.DefaultDirectory);
        var analyzer = new Analyzer(kb);
        BatchCollection.Begin();
        var corpus = new CorpusGenerator(DataFiles.DefaultDirectory, kb).Generate(articles, seed: articles).ToList();
        var path = BenchStore.NewPath("stages");
        try
        {
            using var store = new SqliteEventStore(path);
            Console.WriteLine("| articles stored | analysis, 2 threads | preparation | write | collector pauses | store file |");
            Console.WriteLine("|---|---|---|---|---|---|");
            double analysis = 0, preparation = 0, write = 0;
            var done = 0;
            var paused = GC.GetTotalPauseDuration();
            foreach (var batch in corpus.Chunk(BatchIngest.DefaultBatchSize))
            {
                var start = Stopwatch.GetTimestamp();
                var analyses = BenchStore.AnalyzeOnTwoThreads(analyzer, batch);
                var analysed = Stopwatch.GetTimestamp();
                var storable = StorableArticle.AllOf(analyses);
                var prepared = Stopwatch.GetTimestamp();
                store.Ingest(storable);
                analysis += Stopwatch.GetElapsedTime(start, analysed).TotalSeconds;
                preparation += Stopwatch.GetElapsedTime(analysed, prepared).TotalSeconds;
                write += Stopwatch.GetElapsedTime(prepared).TotalSeconds;
                done += batch.Length;
                if (done % Step != 0 && done != corpus.Count) continue;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {done:N0} | {analysis:F1} s | {preparation:F1} s | {write:F1} s | {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F1} s | {new FileInfo(path).Length / 1_048_576:N0} MB |"));
                analysis = preparation = write = 0;
                paused = GC.GetTotalPauseDuration();
            }
        }
        finally
        {
            BenchStore.Delete(path);
        }
    }
}
