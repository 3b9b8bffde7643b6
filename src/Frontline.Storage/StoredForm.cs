using Frontline.Core.Model;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// A record as the store keeps it: without what its row keeps elsewhere. Evidence keeps its offsets, its quoted text
/// left to the stored article it is a slice of (an event row quoted a 200-400 character sentence that its article row
/// already holds); the event's id and the article's id are the row's own columns. Reading gives each back; a quote
/// that is not its article's slice is kept as written, and a record an earlier version stored whole reads as it is.
/// </summary>
public static class StoredForm
{
    public static EventDto Strip(EventDto e, Article article) =>
        e with { Id = "", ArticleId = "", Evidence = Strip(e.Evidence, article.Text) };

    public static RelationDto Strip(RelationDto r, Article article) =>
        r with { ArticleId = null, Evidence = Strip(r.Evidence, article.Text) };

    public static ControlChangeDto Strip(ControlChangeDto c, Article article) =>
        c with { ArticleId = null, Evidence = Strip(c.Evidence, article.Text) };

    /// <summary>Gives a stored record back what <see cref="Strip(EventDto, Article)"/> left out: its event id, its
    /// article's id, its article's text (read only if a quote needs it).</summary>
    public static T Restore<T>(T record, string? eventId, string articleId, Func<string> articleText) => record switch
    {
        EventDto e => (T)(object)(e with
        {
            Id = e.Id.Length == 0 && eventId is not null ? eventId : e.Id,
            ArticleId = e.ArticleId.Length == 0 ? articleId : e.ArticleId,
            Evidence = Restore(e.Evidence, articleText),
        }),
        RelationDto r => (T)(object)(r with { ArticleId = r.ArticleId ?? articleId, Evidence = Restore(r.Evidence, articleText) }),
        ControlChangeDto c => (T)(object)(c with { ArticleId = c.ArticleId ?? articleId, Evidence = Restore(c.Evidence, articleText) }),
        _ => record,
    };

    private static IReadOnlyList<EvidenceDto> Strip(IReadOnlyList<EvidenceDto> evidence, string article)
    {
        if (!evidence.Any(e => IsSliceOf(e, article))) return evidence;
        return evidence.Select(e => IsSliceOf(e, article) ? e with { Text = "" } : e).ToList();
    }

    private static IReadOnlyList<EvidenceDto> Restore(IReadOnlyList<EvidenceDto> evidence, Func<string> article)
    {
        if (!evidence.Any(Stripped)) return evidence;
        var text = article();
        return evidence.Select(e => Stripped(e) && e.End <= text.Length ? e with { Text = text[e.Start..e.End] } : e).ToList();
    }

    private static bool IsSliceOf(EvidenceDto e, string article) =>
        e.End > e.Start && e.Start >= 0 && e.End <= article.Length && e.Text.Length == e.End - e.Start
        && article.AsSpan(e.Start, e.End - e.Start).SequenceEqual(e.Text);

    private static bool Stripped(EvidenceDto e) => e.Text.Length == 0 && e.End > e.Start && e.Start >= 0;
}
