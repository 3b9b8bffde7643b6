using Frontline.Core.Model;

namespace Frontline.Storage;

/// <summary>
/// Analyze-and-store in batches with the two stages overlapped: while one batch is written (one transaction), the next
/// is analysed. Writes stay in input order and never run concurrently; a failed write stops the run with its error.
/// </summary>
public static class BatchIngest
{
    public static IngestResult Run(IEnumerable<Article[]> batches, Func<Article[], IReadOnlyList<ArticleAnalysis>> analyze, IEventStore store)
    {
        var total = IngestResult.None;
        Task<IngestResult>? writing = null;
        foreach (var batch in batches)
        {
            var analyses = analyze(batch);
            if (writing is not null) total = total.Plus(writing.GetAwaiter().GetResult());
            writing = Task.Run(() => store.Ingest(analyses));
        }
        if (writing is not null) total = total.Plus(writing.GetAwaiter().GetResult());
        return total;
    }
}
