using Frontline.Core.Model;

namespace Frontline.Storage;

/// <summary>
/// Analyze-and-store in batches with the two stages overlapped: while one batch is written (one transaction), the next
/// is analysed. Writes stay in input order and never run concurrently; a failed write stops the run with its error.
/// <paramref name="written"/>, when given, hears of each batch once it is committed (for the per-article log).
/// </summary>
public static class BatchIngest
{
    public static IngestResult Run(IEnumerable<Article[]> batches, Func<Article[], IReadOnlyList<ArticleAnalysis>> analyze, IEventStore store,
        Action<IReadOnlyList<ArticleAnalysis>, IngestResult>? written = null)
    {
        var total = IngestResult.None;
        Task<IngestResult>? writing = null;
        foreach (var batch in batches)
        {
            var analyses = analyze(batch);
            if (writing is not null) total = total.Plus(writing.GetAwaiter().GetResult());
            writing = Task.Run(() =>
            {
                var result = store.Ingest(analyses);
                written?.Invoke(analyses, result);
                return result;
            });
        }
        if (writing is not null) total = total.Plus(writing.GetAwaiter().GetResult());
        return total;
    }
}
