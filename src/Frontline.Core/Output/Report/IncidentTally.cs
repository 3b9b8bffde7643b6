using Frontline.Core.Corpus;

namespace Frontline.Core.Output.Report;

/// <summary>
/// The report's incidents summed as they stream by: totals, per country and region the counts and the most serious
/// incidents (a bounded list each), the movements, a map dot per place and event type, a count per day. What it holds
/// grows with the regions, places and days of the window, not with its incidents.
/// </summary>
internal sealed class IncidentTally(int incidentsPerRegion)
{
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountryTally> _countries = new(StringComparer.Ordinal);
    private readonly List<ReportedIncident> _movements = [];
    private readonly Dictionary<(double Lat, double Lon, string? Type), DotTally> _dots = [];
    private readonly Dictionary<DateOnly, int> _perDay = [];

    /// <summary>Sub-event types that are deployments and movements rather than fighting (ACLED strategic developments).</summary>
    private static readonly HashSet<string> MovementTypes = new(StringComparer.Ordinal)
    {
        "Change to group/activity", "Non-violent transfer of territory", "Headquarters or base established",
    };

    public int Events { get; private set; }
    public int Fatalities { get; private set; }
    public int Reports => _articles.Count;
    public IReadOnlyDictionary<DateOnly, int> EventsPerDay => _perDay;

    public void Add(Incident incident)
    {
        var e = incident.Event;
        var toll = e.Fatalities ?? 0;
        Events++;
        Fatalities += toll;
        foreach (var r in incident.Reports) _articles.Add(r.ArticleId);
        var day = e.Date.StartDay();
        _perDay[day] = _perDay.GetValueOrDefault(day) + 1;
        if (e.Acled?.SubEventType is { } sub && MovementTypes.Contains(sub)) _movements.Add(ReportedIncident.Of(incident));
        if (e.Location is not { } where) return;
        if (!_countries.TryGetValue(where.Country, out var country))
            _countries[where.Country] = country = new CountryTally(where.CountryName ?? where.Country);
        country.Add(incident, where.Admin1 ?? "(region not known)", toll, incidentsPerRegion);
        var key = (where.Lat, where.Lon, e.Acled?.EventType);
        if (!_dots.TryGetValue(key, out var dot)) _dots[key] = dot = new DotTally();
        dot.Add(incident);
    }

    public List<CountrySection> Countries() =>
        _countries.Select(kv => new CountrySection(kv.Key, kv.Value.Name, kv.Value.Events, kv.Value.Fatalities,
                kv.Value.Regions.Select(r => new RegionSection(r.Key, r.Value.Events, r.Value.Fatalities, r.Value.Serious))
                    .OrderByDescending(r => r.Fatalities).ThenByDescending(r => r.Events).ThenBy(r => r.Region, StringComparer.Ordinal)
                    .ToList()))
            .OrderByDescending(c => c.Fatalities).ThenByDescending(c => c.Events).ThenBy(c => c.CountryName, StringComparer.Ordinal)
            .ToList();

    public List<ReportedIncident> Movements() => _movements.OrderBy(i => i.Event.Date.Start, StringComparer.Ordinal).ToList();

    public List<MapDot> Map() =>
        _dots.Select(kv => new MapDot(kv.Key.Lat, kv.Key.Lon, kv.Key.Type, kv.Value.Events, kv.Value.Fatalities, kv.Value.Label)).ToList();

    private sealed class CountryTally(string name)
    {
        public string Name { get; } = name;
        public int Events { get; private set; }
        public int Fatalities { get; private set; }
        public Dictionary<string, RegionTally> Regions { get; } = new(StringComparer.Ordinal);

        public void Add(Incident incident, string region, int toll, int kept)
        {
            Events++;
            Fatalities += toll;
            if (!Regions.TryGetValue(region, out var tally)) Regions[region] = tally = new RegionTally();
            tally.Add(incident, toll, kept);
        }
    }

    private sealed class RegionTally
    {
        public int Events { get; private set; }
        public int Fatalities { get; private set; }

        /// <summary>The most serious incidents so far, most serious first.</summary>
        public List<ReportedIncident> Serious { get; } = [];

        public void Add(Incident incident, int toll, int kept)
        {
            Events++;
            Fatalities += toll;
            var at = Serious.FindIndex(i => MoreSerious(incident, i));
            if (at < 0) at = Serious.Count;
            if (at >= kept) return;
            Serious.Insert(at, ReportedIncident.Of(incident));
            if (Serious.Count > kept) Serious.RemoveAt(kept);
        }

        /// <summary>By toll, then by how many reports tell it, then the earlier, then by id: a total order.</summary>
        private static bool MoreSerious(Incident a, ReportedIncident b)
        {
            var order = (b.Event.Fatalities ?? 0).CompareTo(a.Event.Fatalities ?? 0);
            if (order == 0) order = b.Reports.CompareTo(a.Reports.Count);
            if (order == 0) order = string.CompareOrdinal(a.Event.Date.Start, b.Event.Date.Start);
            if (order == 0) order = string.CompareOrdinal(a.Id, b.Id);
            return order < 0;
        }
    }

    private sealed class DotTally
    {
        private string _first = "";
        private string _last = "";
        private string _only = "";

        public int Events { get; private set; }
        public int Fatalities { get; private set; }

        public string Label => Events == 1
            ? _only
            : $"{Events} events, {(_first == _last ? _first : $"{_first} to {_last}")}{(Fatalities > 0 ? $", {Fatalities} killed" : "")}";

        public void Add(Incident i)
        {
            var day = i.Event.Date.Start;
            if (Events == 0) _only = $"{day} {i.Event.Summary} ({i.Reports.Count} report(s))";
            if (_first.Length == 0 || string.CompareOrdinal(day, _first) < 0) _first = day;
            if (string.CompareOrdinal(day, _last) > 0) _last = day;
            Events++;
            Fatalities += i.Event.Fatalities ?? 0;
        }
    }
}
