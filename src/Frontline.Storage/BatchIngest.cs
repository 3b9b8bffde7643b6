using Frontline.Core.Model;

namespace Frontline.Storage;

/// <summary>
/// Analyze-and-store in batches. Articles the store holds already (by content hash) are set aside first, unanalysed,
/// so re-running an ingest over a corpus costs only its new articles. The rest go in batches with the two stages
/// overlapped: while one batch is written (one transaction), the next is analysed and prepared for the store
/// (<see cref="StorableArticle"/>) on all cores. Writes stay in input order and
/// never run concurrently; a failed write stops the run with its error. <paramref name="written"/>, when given, hears
/// of each batch once it is committed, and of the articles set aside (with an empty analysis list), for the log.
/// </summary>
public static class BatchIngest
{
    public const int DefaultBatchSize = 500;

    public static IngestResult Run(IReadOnlyList<Article> articles, Func<Article[], IReadOnlyList<ArticleAnalysis>> analyze, IEventStore store,
        Action<IReadOnlyList<ArticleAnalysis>, IngestResult>? written = null, Action<IReadOnlyList<Article>>? alreadyStored = null,
        int batchSize = DefaultBatchSize)
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
            var analyses = analyze(batch);
            var storable = StorableArticle.AllOf(analyses);
            // Only the log needs the analyses once they are prepared; without one they are let go before the write.
            var forLog = written is null ? null : analyses;
            if (writing is not null) total = total.Plus(writing.GetAwaiter().GetResult());
            writing = Task.Run(() =>
            {
                var result = store.Ingest(storable);
                if (forLog is not null) written!(forLog, result);
                return result;
            });
        }
        if (writing is not null) total = total.Plus(writing.GetAwaiter().GetResult());
        return total;
    }
}
