using Frontline.Core.Model;

namespace Frontline.Storage;

/// <summary>
/// Analyze-and-store in batches. Articles the store holds already (by content hash) are set aside first, unanalysed,
/// so re-running an ingest over a corpus costs only its new articles. The rest go in batches with the two stages
/// overlapped: while one batch is written (one transaction), the next is analysed and prepared for the store
/// (<see cref="StorableArticle"/>) on all cores. Each article is prepared by the worker that analysed it, so its analysis
/// dies young and only the compact prepared rows wait for the writer. Writes stay in input order and never run
/// concurrently; a failed write stops the run with its error. <paramref name="written"/>, when given, hears of each batch
/// once it is committed, and <paramref name="alreadyStored"/> of the articles set aside, for the log.
/// </summary>
public static class BatchIngest
{
    public const int DefaultBatchSize = 500;

    public static IngestResult Run(IReadOnlyList<Article> articles, Func<Article, ArticleAnalysis> analyze, IEventStore store,
        Action<IReadOnlyList<StorableArticle>, IngestResult>? written = null, Action<IReadOnlyList<Article>>? alreadyStored = null,
        int batchSize = DefaultBatchSize, int threads = -1)
    {
        var hashes = articles.Select(ContentHash.Of).ToList();
        var stored = store.StoredHashes(hashes);
        var fresh = articles.Where((_, i) => !stored.Contains(hashes[i])).ToList();
        var present = articles.Where((_, i) => stored.Contains(hashes[i])).ToList();
        if (present.Count > 0) alreadyStored?.Invoke(present);
        var total = new IngestResult(0, present.Count, 0);
        Task<IngestResult>? writing = null;
        foreach (var batch in fresh.Chunk(batchSize))
        {
            var storable = Prepare(batch, analyze, threads);
            if (writing is not null) total = total.Plus(writing.GetAwaiter().GetResult());
            writing = Task.Run(() =>
            {
                var result = store.Ingest(storable);
                written?.Invoke(storable, result);
                return result;
            });
        }
        if (writing is not null) total = total.Plus(writing.GetAwaiter().GetResult());
        return total;
    }

    /// <summary>Analyses and prepares a batch on all cores (or <paramref name="threads"/>), in its order.</summary>
    private static List<StorableArticle> Prepare(Article[] batch, Func<Article, ArticleAnalysis> analyze, int threads)
    {
        var parallel = batch.AsParallel().AsOrdered();
        if (threads > 0) parallel = parallel.WithDegreeOfParallelism(threads);
        return parallel.Select(a => StorableArticle.From(analyze(a))).ToList();
    }
}
