using Frontline.Core.Model;

namespace Frontline.Storage;

/// <summary>
/// Analyze-and-store in batches. Articles the store held already when the run began (by content hash) are set aside,
/// unanalysed, so re-running an ingest over a corpus costs only its new articles. The rest go in batches with the two
/// stages overlapped: while one batch is written (one transaction), the next is analysed and prepared for the store
/// (<see cref="StorableArticle"/>) on all cores. Each article is prepared by the worker that analysed it, so its analysis
/// dies young and only the compact prepared rows wait for the writer; the articles themselves are read batch by batch,
/// so a corpus of any size is never held whole. Writes stay in input order and never run concurrently; a failed write
/// stops the run with its error. <paramref name="written"/>, when given, hears of each batch once it is committed, and
/// <paramref name="alreadyStored"/> of the articles set aside, for the log.
/// </summary>
public static class BatchIngest
{
    public const int DefaultBatchSize = 500;

    /// <summary>Ingests articles held in memory, asking the store first which of them it holds.</summary>
    public static IngestResult Run(IReadOnlyList<Article> articles, Func<Article, ArticleAnalysis> analyze, IEventStore store,
        Action<IReadOnlyList<StorableArticle>, IngestResult>? written = null, Action<IReadOnlyList<Article>>? alreadyStored = null,
        int batchSize = DefaultBatchSize, int threads = -1) =>
        Run(articles, store.StoredHashes(articles.Select(ContentHash.Of)), analyze, store, written, alreadyStored, batchSize, threads);

    /// <summary>Ingests articles as they are read; <paramref name="stored"/> are the content hashes the store held before
    /// the run (asked once, before any write, since the store's one connection is the writer's once writing starts).</summary>
    public static IngestResult Run(IEnumerable<Article> articles, IReadOnlySet<string> stored, Func<Article, ArticleAnalysis> analyze,
        IEventStore store, Action<IReadOnlyList<StorableArticle>, IngestResult>? written = null,
        Action<IReadOnlyList<Article>>? alreadyStored = null, int batchSize = DefaultBatchSize, int threads = -1)
    {
        var total = IngestResult.None;
        Task<IngestResult>? writing = null;
        foreach (var chunk in articles.Chunk(batchSize))
        {
            var fresh = new List<(Article Article, string Hash)>(chunk.Length);
            var present = new List<Article>();
            foreach (var article in chunk)
            {
                var hash = ContentHash.Of(article);
                if (stored.Contains(hash)) present.Add(article);
                else fresh.Add((article, hash));
            }
            if (present.Count > 0)
            {
                alreadyStored?.Invoke(present);
                total = total.Plus(new IngestResult(0, present.Count, 0));
            }
            if (fresh.Count == 0) continue;
            var storable = Prepare(fresh, analyze, threads);
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
    private static List<StorableArticle> Prepare(List<(Article Article, string Hash)> batch, Func<Article, ArticleAnalysis> analyze, int threads)
    {
        var parallel = batch.AsParallel().AsOrdered();
        if (threads > 0) parallel = parallel.WithDegreeOfParallelism(threads);
        return parallel.Select(a => StorableArticle.From(analyze(a.Article), a.Hash)).ToList();
    }
}
