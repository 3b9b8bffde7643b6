using Frontline.Core.Model;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>A record as the store writes it: its indexed columns and its JSON text, already UTF-8.</summary>
public sealed record StorableRow<TColumns>(TColumns Columns, Utf8Json Json);

/// <summary>JSON text as UTF-8 bytes: stored as text (SQLite binds the bytes as they are; PostgreSQL gets a string), never
/// as a blob.</summary>
public sealed record Utf8Json(byte[] Bytes)
{
    public override string ToString() => System.Text.Encoding.UTF8.GetString(Bytes);
}

/// <summary>
/// An analysed article made ready for the store: its content hash, and every event, relation and control change
/// already mapped to its output record, serialized, and reduced to its row's columns and JSON. Making these is most of an ingest's CPU apart from analysis and
/// needs no store, so a batch is prepared on all cores while the single writer inserts the previous one.
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
        var events = analysis.Events
            .Select(e => Row(AnalysisMapper.ToDto(e, article.Text) with { Id = ContentHash.EventId(hash, e.Id) }, EventColumns.Of))
            .ToList();
        var relations = analysis.Relations.Select(r => Row(AnalysisMapper.ToDto(r, article), RelationColumns.Of)).ToList();
        var controlChanges = analysis.ControlChanges.Select(c => Row(AnalysisMapper.ToDto(c, article), ControlColumns.Of)).ToList();
        return new StorableArticle(article, hash, events, relations, controlChanges);
    }

    /// <summary>Prepares a batch on all cores, in its order.</summary>
    public static IReadOnlyList<StorableArticle> AllOf(IReadOnlyList<ArticleAnalysis> batch) =>
        batch.Count < 2 ? batch.Select(From).ToList() : batch.AsParallel().AsOrdered().Select(From).ToList();

    private static StorableRow<TColumns> Row<TDto, TColumns>(TDto dto, Func<TDto, TColumns> columns) =>
        new(columns(dto), new Utf8Json(AnalysisJson.SerializeToUtf8(dto)));
}
