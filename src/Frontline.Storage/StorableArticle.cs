using Frontline.Core.Model;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>A record as the store writes it: its indexed columns and its packed JSON (<see cref="RowPacking"/>), what the row keeps
/// elsewhere left out (<see cref="StoredForm"/>).</summary>
public sealed record StorableRow<TColumns>(TColumns Columns, byte[] Packed)
{
    /// <summary>The stored JSON, as <see cref="RowPacking.Unpack"/> reads it back.</summary>
    public string Json => RowPacking.Unpack(Packed);
}

/// <summary>A row with no columns of its own beyond its article (a backing relation: read by its article's date).</summary>
public sealed record NoColumns
{
    public static readonly NoColumns None = new();
}

/// <summary>
/// An analysed article made ready for the store: its content hash, its packed text, and every event, relation and
/// control change already mapped to its output record and reduced to its row's columns and packed JSON. Making these
/// is most of an ingest's CPU apart from analysis and needs no store, so a batch is prepared on all cores while the
/// single writer inserts the previous one.
/// </summary>
public sealed record StorableArticle(
    Article Article,
    string Hash,
    byte[] PackedText,
    IReadOnlyList<StorableRow<EventColumns>> Events,
    IReadOnlyList<StorableRow<NoColumns>> Relations,
    IReadOnlyList<StorableRow<ControlColumns>> ControlChanges)
{
    public static StorableArticle From(ArticleAnalysis analysis) => From(analysis, ContentHash.Of(analysis.Article));

    /// <summary>Prepares an analysis whose article's content hash is already known.</summary>
    public static StorableArticle From(ArticleAnalysis analysis, string hash)
    {
        var article = analysis.Article;
        return new StorableArticle(
            article,
            hash,
            RowPacking.Pack(article.Text),
            EventsOf(analysis, hash).Select(e => new StorableRow<EventColumns>(EventColumns.Of(e), JsonRows.Packed(StoredForm.Strip(e, article)))).ToList(),
            analysis.Relations.Select(r => AnalysisMapper.ToDto(r, article))
                .Select(r => new StorableRow<NoColumns>(NoColumns.None, JsonRows.Packed(StoredForm.Strip(r, article)))).ToList(),
            analysis.ControlChanges.Select(c => AnalysisMapper.ToDto(c, article))
                .Select(c => new StorableRow<ControlColumns>(ControlColumns.Of(c), JsonRows.Packed(StoredForm.Strip(c, article)))).ToList());
    }

    /// <summary>The article's events as the store holds them: output records under their stored ids.</summary>
    public static IReadOnlyList<EventDto> EventsOf(ArticleAnalysis analysis, string hash) =>
        analysis.Events.Select(e => AnalysisMapper.ToDto(e, analysis.Article.Text) with { Id = ContentHash.EventId(hash, e.Id) }).ToList();

    /// <summary>Prepares a batch on all cores, in its order.</summary>
    public static IReadOnlyList<StorableArticle> AllOf(IReadOnlyList<ArticleAnalysis> batch) =>
        batch.Count < 2 ? batch.Select(From).ToList() : batch.AsParallel().AsOrdered().Select(From).ToList();
}
