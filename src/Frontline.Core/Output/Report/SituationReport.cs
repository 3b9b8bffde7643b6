using Frontline.Core.Corpus;

namespace Frontline.Core.Output.Report;

/// <summary>One country's part of the brief: its regions, most serious first, and its totals.</summary>
public sealed record CountrySection(string Country, string CountryName, int Events, int Fatalities, IReadOnlyList<RegionSection> Regions);

/// <summary>One admin1 region's incidents, most serious first (by toll, then by how many reports tell them).</summary>
public sealed record RegionSection(string Region, int Fatalities, IReadOnlyList<Incident> Incidents);

/// <summary>A backing or alliance edge of the window, with how many statements support it, one of them, and the
/// articles they are in.</summary>
public sealed record BackingLine(string Type, string Patron, string Client, int Statements, string Evidence, string? Date, IReadOnlyList<string> Articles);

/// <summary>
/// A situation report over a window: key developments by country and region, fatalities, control changes,
/// deployments and movements, backing, each incident citing its articles and the words that tell it.
/// Built from stored events (merged across articles), control changes and relations; written as Markdown or HTML.
/// For one country, backing is kept when the patron or the client is of that country.
/// </summary>
public sealed record SituationReport(
    DateOnly? Since,
    DateOnly? Until,
    string? CountryFilter,
    IReadOnlyList<CountrySection> Countries,
    IReadOnlyList<Incident> Movements,
    IReadOnlyList<PlaceControl> Control,
    IReadOnlyList<BackingLine> Backing,
    IReadOnlyList<Incident> AllIncidents)
{
    /// <summary>Sub-event types that are deployments and movements rather than fighting (ACLED strategic developments).</summary>
    private static readonly HashSet<string> MovementTypes = new(StringComparer.Ordinal)
    {
        "Change to group/activity", "Non-violent transfer of territory", "Headquarters or base established",
    };

    public int Reports => AllIncidents.SelectMany(i => i.Reports).Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count();

    public int Fatalities => AllIncidents.Sum(i => i.Event.Fatalities ?? 0);

    public static SituationReport Build(
        IReadOnlyList<EventDto> events, IReadOnlyList<ControlChangeDto> changes, IReadOnlyList<RelationDto> relations,
        DateOnly? since, DateOnly? until, string? countryIso2, string? countryIso3 = null) =>
        Build(IncidentMerger.Merge(events), changes, relations, since, until, countryIso2, countryIso3);

    /// <summary>The report over incidents already merged (a store's events merged as they are read, so the report
    /// holds incidents, never every report of the window).</summary>
    public static SituationReport Build(
        IEnumerable<Incident> merged, IReadOnlyList<ControlChangeDto> changes, IReadOnlyList<RelationDto> relations,
        DateOnly? since, DateOnly? until, string? countryIso2, string? countryIso3 = null)
    {
        var incidents = merged
            .Where(i => countryIso2 is null || i.Event.Location?.Country == countryIso2)
            .ToList();
        var countries = incidents.Where(i => i.Event.Location is not null)
            .GroupBy(i => i.Event.Location!.Country)
            .Select(g => new CountrySection(g.Key, g.First().Event.Location!.CountryName ?? g.Key, g.Count(), g.Sum(i => i.Event.Fatalities ?? 0),
                g.GroupBy(i => i.Event.Location!.Admin1 ?? "(region not known)")
                    .Select(r => new RegionSection(r.Key, r.Sum(i => i.Event.Fatalities ?? 0), Serious(r).ToList()))
                    .OrderByDescending(r => r.Fatalities).ThenByDescending(r => r.Incidents.Count).ThenBy(r => r.Region, StringComparer.Ordinal)
                    .ToList()))
            .OrderByDescending(c => c.Fatalities).ThenByDescending(c => c.Events).ThenBy(c => c.CountryName, StringComparer.Ordinal)
            .ToList();
        var movements = incidents.Where(i => i.Event.Acled?.SubEventType is { } s && MovementTypes.Contains(s))
            .OrderBy(i => i.Event.Date.Start, StringComparer.Ordinal).ToList();
        var control = ControlTimeline.Build(changes.Where(c => countryIso2 is null || c.Location.Country == countryIso2), null, until)
            .Select(p => p with { History = p.History.Where(s => InWindow(s.Date, since, until)).ToList() })
            .Where(p => p.History.Count > 0)
            .ToList();
        var backing = relations.Where(r => countryIso3 is null || r.Patron.Country == countryIso3 || r.Client.Country == countryIso3);
        return new SituationReport(since, until, countryIso2, countries, movements, control, BackingLines(backing), incidents);
    }

    private static IEnumerable<Incident> Serious(IEnumerable<Incident> incidents) =>
        incidents.OrderByDescending(i => i.Event.Fatalities ?? 0).ThenByDescending(i => i.Reports.Count)
            .ThenBy(i => i.Event.Date.Start, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal);

    private static bool InWindow(string day, DateOnly? since, DateOnly? until) =>
        (since is null || string.CompareOrdinal(day, AnalysisMapper.Iso(since.Value)) >= 0)
        && (until is null || string.CompareOrdinal(day, AnalysisMapper.Iso(until.Value)) <= 0);

    private static List<BackingLine> BackingLines(IEnumerable<RelationDto> relations) =>
        relations.GroupBy(r => (r.Type, Patron: r.Patron.Name, Client: r.Client.Name))
            .Select(g => new BackingLine(g.Key.Type, g.Key.Patron, g.Key.Client, g.Count(), g.First().Evidence.FirstOrDefault()?.Text ?? "",
                g.Select(r => r.Date?.Start).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault(),
                g.Select(r => r.ArticleId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(b => b.Statements).ThenBy(b => b.Patron, StringComparer.Ordinal).ThenBy(b => b.Client, StringComparer.Ordinal)
            .ToList();
}
