using Frontline.Core.Model;
using Frontline.Core.Output;

namespace Frontline.Core.Corpus;

/// <summary>
/// Merges the reports of one real event across articles. Two reports are one incident when they have the same event
/// type, overlapping dates (one day's slack, since outlets date the same night differently), the same place (within
/// <see cref="SamePlaceKm"/> for towns; the same admin1, and admin2 when both know it, when either is vaguer; the
/// same country when both name only a country, or one does and they share a named actor) and compatible actors (they share a named actor, or one names none).
/// An article's own events were already kept apart by the analyzer, so an incident never takes two events of one
/// article.
/// <para>
/// Cost is linear in the number of events: incidents are indexed by event type, day and admin1 and, for towns, by
/// type, day and a 0.1° grid cell, so each report is compared only with the incidents of its kind, days and
/// neighbourhood, never with the whole corpus. Reports are taken in date order, so the result does not depend on the order they were stored in.
/// </para>
/// </summary>
public static class IncidentMerger
{
    public const double SamePlaceKm = 10;
    private const int DateSlackDays = 1;
    private const int MaxIndexedDays = 31;
    private const double CellDegrees = 0.1;
    private const string AnyArea = "*";

    public static IReadOnlyList<Incident> Merge(IEnumerable<EventDto> events)
    {
        var groups = new List<Group>();
        var index = new Index();
        var candidates = new List<Group>();
        var stamp = 0;
        foreach (var e in events.OrderBy(e => e.Date.Start, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var report = new Report(e);
            Group? target = null;
            if (report.Location is not null)
            {
                index.Candidates(report, ++stamp, candidates);
                target = candidates.Where(g => g.Accepts(report))
                    .OrderBy(g => g.DistanceKm(report)).ThenByDescending(g => g.Members.Count).ThenBy(g => g.Index)
                    .FirstOrDefault();
            }
            if (target is null)
            {
                target = new Group(groups.Count, report);
                groups.Add(target);
                index.Add(target, report);
            }
            else if (target.Add(report))
            {
                index.Add(target, report);
            }
        }
        return groups.Select(g => g.ToIncident()).ToList();
    }

    /// <summary>
    /// Incidents by (event type, area, day) and, for towns, by (event type, grid cell, day). An area is a country's
    /// admin1 ("" for reports naming only the country, <see cref="AnyArea"/> for all of the country); each area is
    /// kept twice, with all its incidents and with its vague ones only, so a town's report meets the province's other
    /// towns through the grid, never through the whole province. Each (country, area, type, tier) gets a number once,
    /// and keys are packed into a long, so a lookup hashes one integer.
    /// </summary>
    private sealed class Index
    {
        private readonly Dictionary<(string Country, string Area, string Kind, bool VagueOnly), long> _areas = new();
        private readonly Dictionary<string, long> _kinds = new(StringComparer.Ordinal);
        private readonly Dictionary<long, List<Group>> _byArea = new();
        private readonly Dictionary<long, List<Group>> _byCell = new();

        public void Add(Group g, Report r)
        {
            var loc = r.Location;
            if (loc is null) return;
            var all = Area(loc.Country, loc.Admin1 ?? "", r.Kind, vagueOnly: false);
            var vague = r.IsTown ? -1 : Area(loc.Country, loc.Admin1 ?? "", r.Kind, vagueOnly: true);
            var country = Area(loc.Country, AnyArea, r.Kind, vagueOnly: false);
            var (x, y) = Cell(loc);
            for (var day = r.Start; day <= Math.Min(r.End, r.Start + MaxIndexedDays); day++)
            {
                Put(_byArea, AreaKey(all, day), g);
                Put(_byArea, AreaKey(country, day), g);
                if (vague >= 0) Put(_byArea, AreaKey(vague, day), g);
                if (r.IsTown) Put(_byCell, CellKey(Kind(r.Kind), x, y, day), g);
            }
        }

        /// <summary>Fills <paramref name="found"/> with the incidents indexed under the report's days and area; the stamp
        /// marks an incident already taken for this report, so each is listed once without a set per report.</summary>
        public void Candidates(Report r, int stamp, List<Group> found)
        {
            found.Clear();
            void Take(List<Group> bucket)
            {
                foreach (var g in bucket)
                {
                    if (g.Seen == stamp) continue;
                    g.Seen = stamp;
                    found.Add(g);
                }
            }
            var loc = r.Location!;
            // A town meets the vague incidents of its province (and of its country); a vague report meets all of its
            // province's; a report naming only the country meets all of the country's.
            var area = r.IsCountry ? Area(loc.Country, AnyArea, r.Kind, vagueOnly: false) : Area(loc.Country, loc.Admin1 ?? "", r.Kind, vagueOnly: r.IsTown);
            var countryOnly = Area(loc.Country, "", r.Kind, vagueOnly: true);
            var kind = Kind(r.Kind);
            var (x, y) = Cell(loc);
            for (var day = r.Start - DateSlackDays; day <= Math.Min(r.End, r.Start + MaxIndexedDays) + DateSlackDays; day++)
            {
                if (_byArea.TryGetValue(AreaKey(area, day), out var inArea)) Take(inArea);
                if (!r.IsCountry && _byArea.TryGetValue(AreaKey(countryOnly, day), out var vague)) Take(vague);
                if (!r.IsTown) continue;
                for (var dx = -1; dx <= 1; dx++)
                    for (var dy = -1; dy <= 1; dy++)
                        if (_byCell.TryGetValue(CellKey(kind, x + dx, y + dy, day), out var near)) Take(near);
            }
        }

        private long Area(string country, string area, string kind, bool vagueOnly)
        {
            if (!_areas.TryGetValue((country, area, kind, vagueOnly), out var id)) _areas[(country, area, kind, vagueOnly)] = id = _areas.Count;
            return id;
        }

        private long Kind(string kind)
        {
            if (!_kinds.TryGetValue(kind, out var id)) _kinds[kind] = id = _kinds.Count;
            return id;
        }

        // Day numbers stay below 2^22 until the year 11000; cells span 3600 x 1800 (0.1 degree).
        private static long AreaKey(long area, int day) => (area << 22) | (uint)day;

        private static long CellKey(long kind, int x, int y, int day) => (kind << 46) | ((long)(x + 2048) << 34) | ((long)(y + 1024) << 22) | (uint)day;

        private static void Put(Dictionary<long, List<Group>> index, long key, Group g)
        {
            // A re-indexed incident may be listed twice under one key; Candidates lists it once.
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(g);
        }
    }

    private static (int X, int Y) Cell(LocationDto l) => ((int)Math.Floor(l.Lon / CellDegrees), (int)Math.Floor(l.Lat / CellDegrees));

    /// <summary>One event as the merger sees it: its days as day numbers, its kind, its named actors.</summary>
    private sealed class Report
    {
        public Report(EventDto e)
        {
            Event = e;
            Start = e.Date.StartDay().DayNumber;
            End = Math.Max(Start, e.Date.EndDay().DayNumber);
            Kind = e.Acled?.EventType ?? e.Plover?.Type ?? e.Cameo ?? "";
            Named = new[] { e.Actor1, e.Actor2 }.Concat(e.AssociatedActors)
                .Where(a => a is not null && a.Type is not ("unidentified" or "civilians"))
                .Select(a => a!.AcledName ?? a!.Name)
                .ToHashSet(StringComparer.Ordinal);
        }

        public EventDto Event { get; }
        public int Start { get; }
        public int End { get; }
        public string Kind { get; }
        public HashSet<string> Named { get; }
        public LocationDto? Location => Event.Location;
        public bool IsTown => Location?.Precision == "place";
        public bool IsCountry => Location?.Precision == "country";
        public int PrecisionRank => Location?.Precision switch { "place" => 0, "admin2" => 1, "admin1" => 2, "country" => 3, _ => 4 };
    }

    private sealed class Group(int index, Report first)
    {
        private readonly Report anchor = first;
        private readonly HashSet<string> articles = [first.Event.ArticleId];
        private readonly HashSet<string> named = new(first.Named, StringComparer.Ordinal);
        private Report place = first;

        public int Index { get; } = index;

        /// <summary>The last report this incident was taken as a candidate for (see <see cref="Candidates"/>).</summary>
        public int Seen { get; set; }
        public List<Report> Members { get; } = [first];

        public bool Accepts(Report r) =>
            r.Start <= anchor.End + DateSlackDays && anchor.Start <= r.End + DateSlackDays
            && r.Kind == anchor.Kind
            && !articles.Contains(r.Event.ArticleId)
            && SamePlace(place.Location!, r.Location!, named.Overlaps(r.Named))
            && (named.Count == 0 || r.Named.Count == 0 || named.Overlaps(r.Named));

        public double DistanceKm(Report r) => Geo.HaversineKm(place.Location!.Lat, place.Location.Lon, r.Location!.Lat, r.Location.Lon);

        /// <summary>Takes a report; true when it makes the incident's place more precise (so it must be indexed there too).</summary>
        public bool Add(Report r)
        {
            Members.Add(r);
            articles.Add(r.Event.ArticleId);
            named.UnionWith(r.Named);
            if (r.PrecisionRank >= place.PrecisionRank) return false;
            place = r;
            return true;
        }

        public Incident ToIncident() => IncidentBuilder.Build(Members.Select(m => m.Event).ToList(), place.Event);

        /// <summary>A report naming only the country matches another only when both name only the country or both
        /// name the same actor: a whole country holds too many events of a day to merge on place alone.</summary>
        private static bool SamePlace(LocationDto a, LocationDto b, bool sameActor)
        {
            if (a.Country != b.Country) return false;
            if (a.Precision == "country" || b.Precision == "country") return a.Precision == b.Precision || sameActor;
            if (a.Precision == "place" && b.Precision == "place")
                return Geo.HaversineKm(a.Lat, a.Lon, b.Lat, b.Lon) <= SamePlaceKm;
            return a.Admin1 is not null && a.Admin1 == b.Admin1 && (a.Admin2 is null || b.Admin2 is null || a.Admin2 == b.Admin2);
        }
    }
}
