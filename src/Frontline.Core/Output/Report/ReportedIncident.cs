using Frontline.Core.Corpus;

namespace Frontline.Core.Output.Report;

/// <summary>
/// An incident as the report prints it: its merged coding, the range of tolls, how many reports tell it, the first
/// <see cref="CitedArticles"/> of their articles (in order of id), and what the reports disagree on. The reports
/// themselves are left behind, so an incident told by thousands of articles stays small while the report holds it.
/// </summary>
public sealed record ReportedIncident(
    string Id,
    EventDto Event,
    int? FatalitiesMax,
    int Reports,
    IReadOnlyList<string> Articles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Disagreements)
{
    /// <summary>Articles cited by name; the rest are counted, so an event told by thousands of articles stays one
    /// readable line.</summary>
    public const int CitedArticles = 10;

    public static ReportedIncident Of(Incident i)
    {
        var articles = i.Reports.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ReportedIncident(i.Id, i.Event, i.FatalitiesMax, articles.Count, articles.Take(CitedArticles).ToList(), i.Disagreements);
    }
}
