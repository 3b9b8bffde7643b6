using Frontline.Core.Model;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>A record as the store writes it: its indexed columns and its JSON text, already UTF-8.</summary>
public sealed record StorableRow<TColumns>(TColumns Columns, Utf8Json Json);

/// <summary>JSON text as UTF-8 bytes, a slice of its article's buffer: stored as text (SQLite binds the bytes as they
/// are; PostgreSQL gets a string), never as a blob.</summary>
public sealed record Utf8Json(byte[] Buffer, int Start, int Length)
{
    public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(Start, Length);

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Bytes);
}

/// <summary>
/// An analysed article made ready for the store: its content hash, and every event, relation and control change
/// already mapped to its output record, serialized, and reduced to its row's columns and JSON. Making these is most of
/// an ingest's CPU apart from analysis and needs no store, so a batch is prepared on all cores while the single writer
/// inserts the previous one. Never copied with <c>with</c>: the copy would share the pooled buffer its JSON lies in.
/// </summary>
public sealed record StorableArticle(
    Article Article,
    string Hash,
    IReadOnlyList<StorableRow<EventColumns>> Events,
    IReadOnlyList<StorableRow<RelationColumns>> Relations,
    IReadOnlyList<StorableRow<ControlColumns>> ControlChanges)
{
    public static StorableArticle From(ArticleAnalysis analysis) => From(analysis, ContentHash.Of(analysis.Article));

    /// <summary>Prepares an analysis whose article's content hash is already known.</summary>
    public static StorableArticle From(ArticleAnalysis analysis, string hash)
    {
        var article = analysis.Article;
        var events = EventsOf(analysis, hash);
        var relations = analysis.Relations.Select(r => AnalysisMapper.ToDto(r, article)).ToList();
        var controlChanges = analysis.ControlChanges.Select(c => AnalysisMapper.ToDto(c, article)).ToList();
        var rows = JsonRows.Begin();
        foreach (var e in events) rows.Add(e);
        foreach (var r in relations) rows.Add(r);
        foreach (var c in controlChanges) rows.Add(c);
        var (buffer, json) = rows.Pack();
        return new StorableArticle(
            article,
            hash,
            events.Select((e, i) => new StorableRow<EventColumns>(EventColumns.Of(e), json[i])).ToList(),
            relations.Select((r, i) => new StorableRow<RelationColumns>(RelationColumns.Of(r), json[events.Count + i])).ToList(),
            controlChanges.Select((c, i) => new StorableRow<ControlColumns>(ControlColumns.Of(c), json[events.Count + relations.Count + i])).ToList())
        {
            _json = buffer,
        };
    }

    /// <summary>The article's events as the store holds them: output records under their stored ids.</summary>
    public static IReadOnlyList<EventDto> EventsOf(ArticleAnalysis analysis, string hash) =>
        analysis.Events.Select(e => AnalysisMapper.ToDto(e, analysis.Article.Text) with { Id = ContentHash.EventId(hash, e.Id) }).ToList();

    private byte[]? _json;

    /// <summary>Gives the buffer its rows' JSON lies in back for another article's rows, once they are written. Only the
    /// one who wrote the article may call it, and nothing may read its rows' JSON after.</summary>
    public void Written()
    {
        if (Interlocked.Exchange(ref _json, null) is { } buffer) JsonRows.Return(buffer);
    }

    /// <summary>Prepares a batch on all cores, in its order.</summary>
    public static IReadOnlyList<StorableArticle> AllOf(IReadOnlyList<ArticleAnalysis> batch) =>
        batch.Count < 2 ? batch.Select(From).ToList() : batch.AsParallel().AsOrdered().Select(From).ToList();
}
