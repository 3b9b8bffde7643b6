using Frontline.Core.Text;

namespace Frontline.Core.Output;

/// <summary>One change in a place's history: who took it from whom, when, the words that say so, how many reports
/// tell it (reports of one change, a day apart at most, are one step) and the articles they are in.</summary>
public sealed record ControlStep(string Date, string? HeldBy, string? TakenFrom, string Evidence, int Reports, IReadOnlyList<string> Articles);

/// <summary>A place's history of control, oldest first, who holds it at the date asked (the last change on or before it),
/// and where it is.</summary>
public sealed record PlaceControl(string Place, string Country, string? HeldBy, string? Since, IReadOnlyList<ControlStep> History, double Lat, double Lon);

/// <summary>
/// The control timeline across reports: control changes grouped per place (spelling variants of one place meet on the
/// place's gazetteer name and country), ordered by date; reports of the same change (the same winner, or one report
/// telling only the loser's withdrawal, within a day of each other) are one step, dated by the most precise report.
/// At a given date each place is held by the winner of its last change up to then.
/// <para>
/// Changes are taken most precisely dated first (<see cref="FromMostPreciseFirst"/>, the order a store reads them in),
/// so each report founds a step or joins one as it comes and only the steps are held, never the reports.
/// </para>
/// </summary>
public static class ControlTimeline
{
    private const int SameChangeDays = 1;

    /// <summary>The timeline of changes in any order (they are sorted here, so all are held at once).</summary>
    public static IReadOnlyList<PlaceControl> Build(IEnumerable<ControlChangeDto> changes, string? place, DateOnly? at) =>
        FromMostPreciseFirst(changes.OrderBy(c => c.Date.SpanDays()).ThenBy(c => c.Date.Start, StringComparer.Ordinal), place, at);

    /// <summary>The timeline of changes that come the most precisely dated first (the fewest days spanned, then the
    /// earliest start; a store's order of arrival within those), read once as they come.</summary>
    public static IReadOnlyList<PlaceControl> FromMostPreciseFirst(IEnumerable<ControlChangeDto> changes, string? place, DateOnly? at)
    {
        var day = at is { } d ? AnalysisMapper.Iso(d) : null;
        var wanted = place is null ? null : TransliterationKey.Phonetic(place);
        var places = new Dictionary<(string Name, string Country), PlaceSteps>();
        foreach (var c in changes)
        {
            if (wanted is not null && TransliterationKey.Phonetic(c.Location.Name) != wanted) continue;
            var key = (c.Location.Name, c.Location.Country);
            if (!places.TryGetValue(key, out var steps)) places[key] = steps = new PlaceSteps(c.Location);
            steps.Take(c);
        }
        return places
            .Select(kv =>
            {
                var history = kv.Value.History();
                var current = history.LastOrDefault(s => day is null || string.CompareOrdinal(s.Date, day) <= 0);
                return new PlaceControl(kv.Key.Name, kv.Key.Country, current?.HeldBy, current?.Date, history, kv.Value.Where.Lat, kv.Value.Where.Lon);
            })
            .OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Place, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One place's steps while its changes come in; the place's point is that of its earliest change.</summary>
    private sealed class PlaceSteps(LocationDto first)
    {
        private readonly List<Step> _steps = [];
        private string _whereFrom = "";

        public LocationDto Where { get; private set; } = first;

        public void Take(ControlChangeDto c)
        {
            if (_whereFrom.Length == 0 || string.CompareOrdinal(c.Date.Start, _whereFrom) < 0) (Where, _whereFrom) = (c.Location, c.Date.Start);
            // The most precise reports come first and date a step; vaguer ones ("last week") join it.
            var (start, end) = (c.Date.StartDay().DayNumber, c.Date.EndDay().DayNumber);
            var same = _steps.Find(s => start <= s.End + SameChangeDays && s.Start <= end + SameChangeDays
                                        && (c.To is null || s.HeldBy is null || c.To.Name == s.HeldBy));
            if (same is null) _steps.Add(new Step(start, end, c));
            else same.Join(c);
        }

        public List<ControlStep> History() => _steps.Select(s => s.ToStep()).OrderBy(s => s.Date, StringComparer.Ordinal).ToList();
    }

    private sealed class Step(int start, int end, ControlChangeDto founder)
    {
        private readonly string _date = founder.Date.Start;
        private readonly string _evidence = founder.Evidence.FirstOrDefault()?.Text ?? "";
        private readonly List<string> _articles = founder.ArticleId is null ? [] : [founder.ArticleId];
        private readonly HashSet<string> _cited = founder.ArticleId is null ? [] : [founder.ArticleId];
        private string? _takenFrom = founder.From?.Name;
        private int _reports = 1;

        public int Start { get; } = start;
        public int End { get; } = end;
        public string? HeldBy { get; private set; } = founder.To?.Name;

        public void Join(ControlChangeDto c)
        {
            HeldBy ??= c.To?.Name;
            _takenFrom ??= c.From?.Name;
            _reports++;
            if (c.ArticleId is not null && _cited.Add(c.ArticleId)) _articles.Add(c.ArticleId);
        }

        public ControlStep ToStep() =>
            new(_date, HeldBy, _takenFrom, _evidence, _reports, _articles);
    }
}
