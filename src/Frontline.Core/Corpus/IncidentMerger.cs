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
/// Cost is linear in the number of events: incidents are indexed by day and admin1 and, for towns, by day and a
/// 0.1° grid cell, so each report is compared only with the incidents of its days and neighbourhood, never with the
/// whole corpus. Reports are taken in date order, so the result does not depend on the order they were stored in.
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
        var byArea = new Dictionary<(int Day, string Country, string Admin1), List<Group>>();
        var byCell = new Dictionary<(int Day, int X, int Y), List<Group>>();
        var candidates = new List<Group>();
        var stamp = 0;
        foreach (var e in events.OrderBy(e => e.Date.Start, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var report = new Report(e);
            Group? target = null;
            if (report.Location is not null)
            {
                Candidates(report, ++stamp, candidates, byArea, byCell);
                target = candidates.Where(g => g.Accepts(report))
                    .OrderBy(g => g.DistanceKm(report)).ThenByDescending(g => g.Members.Count).ThenBy(g => g.Index)
                    .FirstOrDefault();
            }
            if (target is null)
            {
                target = new Group(groups.Count, report);
                groups.Add(target);
                Index(target, report, byArea, byCell);
            }
            else if (target.Add(report))
            {
                Index(target, report, byArea, byCell);
            }
        }
        return groups.Select(g => g.ToIncident()).ToList();
    }

    /// <summary>Fills <paramref name="found"/> with the incidents indexed under the report's days and area; the stamp marks
    /// an incident already taken for this report, so each is listed once without a set per report.</summary>
    private static void Candidates(Report r, int stamp, List<Group> found,
        Dictionary<(int, string, string), List<Group>> byArea, Dictionary<(int, int, int), List<Group>> byCell)
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
        var (x, y) = Cell(loc);
        for (var day = r.Start - DateSlackDays; day <= Math.Min(r.End, r.Start + MaxIndexedDays) + DateSlackDays; day++)
        {
            if (byArea.TryGetValue((day, loc.Country, r.IsCountry ? AnyArea : loc.Admin1 ?? ""), out var inArea)) Take(inArea);
            // Reports that name only the country wait under the empty admin1 for the precise ones.
            if (byArea.TryGetValue((day, loc.Country, ""), out var countryOnly)) Take(countryOnly);
            if (!r.IsTown) continue;
            for (var dx = -1; dx <= 1; dx++)
                for (var dy = -1; dy <= 1; dy++)
                    if (byCell.TryGetValue((day, x + dx, y + dy), out var near)) Take(near);
        }
    }

    private static void Index(Group g, Report r, Dictionary<(int, string, string), List<Group>> byArea, Dictionary<(int, int, int), List<Group>> byCell)
    {
        var loc = r.Location;
        if (loc is null) return;
        for (var day = r.Start; day <= Math.Min(r.End, r.Start + MaxIndexedDays); day++)
        {
            Add(byArea, (day, loc.Country, loc.Admin1 ?? ""), g);
            Add(byArea, (day, loc.Country, AnyArea), g);
            if (r.IsTown)
            {
                var (x, y) = Cell(loc);
                Add(byCell, (day, x, y), g);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<Group>> index, TKey key, Group g) where TKey : notnull
    {
        // A re-indexed incident may be listed twice under one key; Candidates lists it once.
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(g);
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
