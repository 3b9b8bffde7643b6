using Frontline.Core.Model;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>What to select from the store; every field is optional.</summary>
public sealed record EventQuery(
    DateOnly? Since = null,
    DateOnly? Until = null,
    string? CountryIso2 = null,
    string? CountryIso3 = null,
    string? Type = null,
    string? Actor = null,
    int Limit = 10_000,
    string? EventId = null);

/// <summary>An article as stored: its id, publication date (YYYY-MM-DD), title, address and text exactly as given.</summary>
public sealed record StoredArticle(string Id, string Published, string? Title, string? Url, string Text);

/// <summary>How one ingest batch went; <see cref="AlreadyPresent"/> names the batch's articles skipped as already stored
/// (a sum of batches keeps the counts only).</summary>
public sealed record IngestResult(int ArticlesAdded, int ArticlesSkipped, int EventsAdded, IReadOnlyList<string>? AlreadyPresent = null)
{
    public static readonly IngestResult None = new(0, 0, 0);

    public IngestResult Plus(IngestResult other) =>
        new(ArticlesAdded + other.ArticlesAdded, ArticlesSkipped + other.ArticlesSkipped, EventsAdded + other.EventsAdded);
}

/// <summary>
/// The event store. Ingest is transactional per batch and idempotent: an article already stored
/// (same content hash) is skipped, so re-running an ingest changes nothing.
/// </summary>
public interface IEventStore : IDisposable
{
    IngestResult Ingest(IReadOnlyList<StorableArticle> batch);

    /// <summary>Prepares (<see cref="StorableArticle.AllOf"/>) and ingests a batch of analyses.</summary>
    IngestResult Ingest(IReadOnlyList<ArticleAnalysis> batch) => Ingest(StorableArticle.AllOf(batch));

    IReadOnlyList<EventDto> Events(EventQuery query);

    /// <summary>The events a query selects, oldest first (as <see cref="Events"/> orders them), read as they are
    /// enumerated: a corpus of any size streams through (the query's limit is ignored). The store's connection is busy
    /// until the enumeration ends.</summary>
    IEnumerable<EventDto> EventsInDateOrder(EventQuery query);

    /// <summary>Backing and alliance statements of the articles published in the query's window (other filters ignored),
    /// in the order their articles were published, read as they are enumerated (so a store of any size streams through;
    /// the store's connection is busy until the enumeration ends).</summary>
    IEnumerable<RelationDto> Relations(EventQuery query);

    /// <summary>Places changing hands in the query's window (by the change's date; other filters ignored), oldest first,
    /// read as they are enumerated.</summary>
    IEnumerable<ControlChangeDto> ControlChanges(EventQuery query);

    /// <summary>The same control changes, the most precisely dated first (by the days their date spans, then oldest
    /// first), as <see cref="ControlTimeline.FromMostPreciseFirst"/> takes them, read as they are enumerated.</summary>
    IEnumerable<ControlChangeDto> ControlChangesMostPreciseFirst(EventQuery query);

    /// <summary>Which of these content hashes (<see cref="ContentHash.Of"/>) are stored already: an ingest skips those
    /// articles before analysing them, so re-running one over a corpus costs only the new articles.</summary>
    IReadOnlySet<string> StoredHashes(IEnumerable<string> hashes);

    /// <summary>The stored article an event was read from (its text as given, so evidence offsets point into it), or null.</summary>
    StoredArticle? ArticleOf(string eventId);

    /// <summary>Events of the articles stored after row <paramref name="afterArticleRow"/> (the store's own order of
    /// arrival), oldest article first, with each one's article row: what a live view has not shown yet.</summary>
    IReadOnlyList<(long ArticleRow, EventDto Event)> EventsAfter(long afterArticleRow, int limit);

    /// <summary>The row of the newest stored article (0 for an empty store).</summary>
    long LatestArticleRow();

    int ArticleCount();

    int EventCount();
}
