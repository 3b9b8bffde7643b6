using Frontline.Core.Corpus;

namespace Frontline.Core.Output.Report;

/// <summary>One country's part of the brief: its regions, most serious first, and its totals.</summary>
public sealed record CountrySection(string Country, string CountryName, int Events, int Fatalities, IReadOnlyList<RegionSection> Regions);

/// <summary>One admin1 region: how many incidents and deaths, and its most serious incidents (by toll, then by how
/// many reports tell them), at most <see cref="SituationReport.IncidentsPerRegion"/>.</summary>
public sealed record RegionSection(string Region, int Events, int Fatalities, IReadOnlyList<ReportedIncident> Incidents);

/// <summary>A backing or alliance edge of the window, with how many statements support it, one of them, and the
/// articles they are in.</summary>
public sealed record BackingLine(string Type, string Patron, string Client, int Statements, string Evidence, string? Date, IReadOnlyList<string> Articles);

/// <summary>The incidents of one event type at one point of the map: how many, their deaths and days, and what a
/// reader sees on pointing at the dot.</summary>
public sealed record MapDot(double Lat, double Lon, string? EventType, int Events, int Fatalities, string Label);

/// <summary>
/// A situation report over a window: key developments by country and region, fatalities, control changes,
/// deployments and movements, backing, each incident citing its articles and the words that tell it.
/// Built from stored events (merged across articles), control changes and relations; written as Markdown or HTML.
/// For one country, backing is kept when the patron or the client is of that country.
/// <para>
/// Everything is read once as it streams and summed: the report holds its totals, each region's most serious
/// incidents, the movements, a dot per place and event type and a count per day, never every incident of the window,
/// so a report over a store of millions of events takes the memory of what it prints.
/// </para>
/// </summary>
public sealed record SituationReport(
    DateOnly? Since,
    DateOnly? Until,
    string? CountryFilter,
    int Events,
    int Reports,
    int Fatalities,
    IReadOnlyList<CountrySection> Countries,
    IReadOnlyList<ReportedIncident> Movements,
    IReadOnlyList<PlaceControl> Control,
    IReadOnlyList<BackingLine> Backing,
    IReadOnlyList<MapDot> Map,
    IReadOnlyDictionary<DateOnly, int> EventsPerDay)
{
    /// <summary>Incidents listed per region; the rest are counted, so a busy region cannot drown the brief.</summary>
    public const int IncidentsPerRegion = 5;

    /// <summary>The report over incidents as they are merged (in any order), control changes the most precisely dated
    /// first (<see cref="ControlTimeline.FromMostPreciseFirst"/>) and relations in order of publication, each read once
    /// and one after the other (a store's connection reads one at a time).</summary>
    public static SituationReport Build(
        IEnumerable<Incident> merged, IEnumerable<ControlChangeDto> changesMostPreciseFirst, IEnumerable<RelationDto> relations,
        DateOnly? since, DateOnly? until, string? countryIso2, string? countryIso3 = null)
    {
        var tally = new IncidentTally(IncidentsPerRegion);
        foreach (var incident in merged)
            if (countryIso2 is null || incident.Event.Location?.Country == countryIso2)
                tally.Add(incident);
        var control = ControlTimeline.FromMostPreciseFirst(changesMostPreciseFirst.Where(c => countryIso2 is null || c.Location.Country == countryIso2), null, until)
            .Select(p => p with { History = p.History.Where(s => InWindow(s.Date, since, until)).ToList() })
            .Where(p => p.History.Count > 0)
            .ToList();
        var backing = BackingTally.Lines(relations.Where(r => countryIso3 is null || r.Patron.Country == countryIso3 || r.Client.Country == countryIso3));
        return new SituationReport(since, until, countryIso2, tally.Events, tally.Reports, tally.Fatalities, tally.Countries(), tally.Movements(),
            control, backing, tally.Map(), tally.EventsPerDay);
    }

    private static bool InWindow(string day, DateOnly? since, DateOnly? until) =>
        (since is null || string.CompareOrdinal(day, AnalysisMapper.Iso(since.Value)) >= 0)
        && (until is null || string.CompareOrdinal(day, AnalysisMapper.Iso(until.Value)) <= 0);
}
