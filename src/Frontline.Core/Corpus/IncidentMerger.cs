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

    public static IReadOnlyList<Incident> Merge(IEnumerable<EventDto> events) =>
        MergeInDateOrder(events.OrderBy(e => e.Date.Start, StringComparer.Ordinal)).ToList();

    /// <summary>
    /// The same merge over events that come in order of their start date (as a store reads them, any order within a
    /// day), yielding each incident once no later report can join it, in the order <see cref="Merge"/> gives: memory
    /// holds the incidents of the last days read, never the corpus. An incident is closed once the reports read have
    /// started past its last possible partner's day: the day after its first report ends, or after the last day it is
    /// indexed under, whichever comes first.
    /// </summary>
    public static IEnumerable<Incident> MergeInDateOrder(IEnumerable<EventDto> eventsByStart)
    {
        var index = new Index();
        var candidates = new List<Group>();
        var open = new Queue<Group>();
        var stamp = 0;
        var created = 0;
        var day = new List<EventDto>();
        string? dayStart = null;
        foreach (var e in eventsByStart.Append(null))
        {
            if (e is not null && e.Date.Start == dayStart)
            {
                day.Add(e);
                continue;
            }
            if (e is not null && dayStart is not null && string.CompareOrdinal(e.Date.Start, dayStart) < 0)
                throw new ArgumentException($"events must come in order of start date: {e.Date.Start} after {dayStart}", nameof(eventsByStart));
            // One day's reports, by id, as Merge takes them.
            day.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            foreach (var report in day.Select(d => new Report(d)))
            {
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
                    target = new Group(created++, report);
                    open.Enqueue(target);
                    index.Add(target, report);
                }
                else if (target.Add(report))
                {
                    index.Add(target, report);
                }
            }
            day.Clear();
            if (e is null) break;
            dayStart = e.Date.Start;
            day.Add(e);
            var today = e.Date.StartDay().DayNumber;
            while (open.Count > 0 && open.Peek().OpenUntil < today) yield return open.Dequeue().ToIncident();
            index.Forget(before: today - DateSlackDays);
        }
        while (open.Count > 0) yield return open.Dequeue().ToIncident();
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
        private readonly SortedDictionary<int, List<(bool Cell, long Key)>> _keysByDay = new();

        public void Add(Group g, Report r)
        {
            var loc = r.Location;
            if (loc is null) return;
            g.IndexedUntil = Math.Max(g.IndexedUntil, Math.Min(r.End, r.Start + MaxIndexedDays));
            var all = Area(loc.Country, loc.Admin1 ?? "", r.Kind, vagueOnly: false);
            var vague = r.IsTown ? -1 : Area(loc.Country, loc.Admin1 ?? "", r.Kind, vagueOnly: true);
            var country = Area(loc.Country, AnyArea, r.Kind, vagueOnly: false);
            var (x, y) = Cell(loc);
            for (var day = r.Start; day <= Math.Min(r.End, r.Start + MaxIndexedDays); day++)
            {
                Put(day, false, AreaKey(all, day), g);
                Put(day, false, AreaKey(country, day), g);
                if (vague >= 0) Put(day, false, AreaKey(vague, day), g);
                if (r.IsTown) Put(day, true, CellKey(Kind(r.Kind), x, y, day), g);
            }
        }

        /// <summary>Drops the keys of days before <paramref name="before"/>: no report starting later looks them up.</summary>
        public void Forget(int before)
        {
            while (_keysByDay.Count > 0 && _keysByDay.First() is var (day, keys) && day < before)
            {
                foreach (var (cell, key) in keys) (cell ? _byCell : _byArea).Remove(key);
                _keysByDay.Remove(day);
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

        private void Put(int day, bool cell, long key, Group g)
        {
            // A re-indexed incident may be listed twice under one key; Candidates lists it once.
            var index = cell ? _byCell : _byArea;
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
                if (!_keysByDay.TryGetValue(day, out var keys)) _keysByDay[day] = keys = [];
                keys.Add((cell, key));
            }
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
            Kind = KindOf(e);
            Named = new[] { e.Actor1, e.Actor2 }.Concat(e.AssociatedActors)
                .Where(a => a is not null && a.Type is not ("unidentified" or "civilians"))
                .Select(a => a!.AcledName ?? a!.Name)
                .ToHashSet(StringComparer.Ordinal);
        }

        /// <summary>The ACLED event type, but one kind for every change of hands: a report that a town was taken by
        /// force and one that it was taken unopposed tell one incident.</summary>
        private static string KindOf(EventDto e) =>
            TerritorySubTypes.ChangesHands(e.Acled?.SubEventType)
                ? "territory"
                : e.Acled?.EventType ?? e.Plover?.Type ?? e.Cameo ?? "";

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

        /// <summary>The last day this incident is indexed under (none: it has no place, and no report can find it).</summary>
        public int IndexedUntil { get; set; } = int.MinValue + 1;

        /// <summary>The last start day of a report that could still join: it must overlap the first report (a day's
        /// slack) and find the incident in the index (looking a day back).</summary>
        public int OpenUntil => Math.Min(anchor.End, IndexedUntil) + DateSlackDays;
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
