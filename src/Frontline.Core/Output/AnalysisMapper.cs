using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;

namespace Frontline.Core.Output;

/// <summary>Maps the model to the output contract; evidence text is sliced from the original article text.</summary>
public static class AnalysisMapper
{
    public const string Schema = "frontline/analysis/1";

    public static AnalysisDto ToDto(IEnumerable<ArticleAnalysis> analyses)
    {
        var list = analyses.ToList();
        return new AnalysisDto(
            Schema,
            list.Select(a => new ArticleDto(a.Article.Id, Iso(a.Article.Published), a.Article.Title, a.Article.Url)).ToList(),
            list.SelectMany(a => a.Events.Select(e => ToDto(e, a.Article.Text))).ToList(),
            list.SelectMany(a => a.Relations.Select(r => ToDto(r, a.Article))).ToList(),
            list.SelectMany(a => a.ControlChanges.Select(c => ToDto(c, a.Article))).ToList());
    }

    public static EventDto ToDto(Event e, string text)
    {
        var c = e.Codes;
        AcledDto? acled = null;
        if (c.AcledEventType is not null)
        {
            int? inter1 = e.Actor1 is null ? null : ActorKinds.AcledInter(e.Actor1.Kind);
            int? inter2 = e.Actor2 is null ? 0 : ActorKinds.AcledInter(e.Actor2.Kind);
            int? interaction = inter1 is null ? null : Math.Min(inter1.Value, inter2 ?? 0) == 0 ? inter1 * 10 : Math.Min(inter1.Value, inter2!.Value) * 10 + Math.Max(inter1.Value, inter2.Value);
            acled = new AcledDto(c.DisorderType, c.AcledEventType, c.AcledSubEventType, inter1, inter2, interaction,
                c.AcledEventType == "Violence against civilians" || e.Actor2?.Kind == ActorKind.Civilians ? "Civilians targeted" : null);
        }
        return new EventDto(
            e.Id, e.ArticleId, e.Summary, ToDto(e.Date), acled, c.Cameo,
            c.PloverType is null ? null : new PloverDto(c.PloverType, c.PloverMode, e.Fatalities, e.Injured, e.Quantity?.Value),
            ToDto(e.Actor1), ToDto(e.Actor2), e.AssociatedActors.Select(a => ToDto(a)!).ToList(),
            ToDto(e.Location), e.Fatalities, e.Quantity is null ? null : new QuantityDto(e.Quantity.Value, e.Quantity.Unit),
            LowerName<Modality>.Of(e.Modality), e.Sources, e.Evidence.Select(s => Evidence(s, text)).ToList());
    }

    public static RelationDto ToDto(Relation r, Article article) =>
        new(r.Type switch { RelationType.Backs => "backs", RelationType.AlliedWith => "allied_with", _ => "fights" },
            ToDto(r.Patron)!, ToDto(r.Client)!, r.Date is null ? null : ToDto(r.Date), r.Evidence.Select(s => Evidence(s, article.Text)).ToList(), article.Id);

    public static ControlChangeDto ToDto(ControlChange c, Article article) =>
        new(ToDto(c.Location)!, ToDto(c.From), ToDto(c.To), ToDto(c.Date), c.Evidence.Select(s => Evidence(s, article.Text)).ToList(), article.Id);

    public static DateDto ToDto(DateInterval d) => new(Iso(d.Start), Iso(d.End), LowerName<DatePrecision>.Of(d.Precision));

    public static ActorDto? ToDto(Actor? a) =>
        a is null ? null : new ActorDto(a.Name, a.AcledName, ActorKinds.Label(a.Kind), a.Country3, a.Backers, a.Person);

    public static LocationDto? ToDto(Place? p) =>
        p is null ? null : new LocationDto(p.Name, p.Id, Math.Round(p.Lat, 5), Math.Round(p.Lon, 5), p.Admin1, p.Admin2, p.CountryIso2,
            p.CountryName, LowerName<PlacePrecision>.Of(p.Precision));

    private static EvidenceDto Evidence(TextSpan s, string text) => new(s.Start, s.End, s.Slice(text));

    /// <summary>An enum value's name in lower case, as the contract writes it ("asserted", "week", "admin1"), made once
    /// per value: every stored event names three.</summary>
    private static class LowerName<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());

        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as every output writes it: UTC to the second, ISO 8601 ("2026-12-05T01:59:04Z").</summary>
    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
