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
/// </summary>
public static class ControlTimeline
{
    private const int SameChangeDays = 1;

    public static IReadOnlyList<PlaceControl> Build(IEnumerable<ControlChangeDto> changes, string? place, DateOnly? at)
    {
        var day = at is { } d ? AnalysisMapper.Iso(d) : null;
        var wanted = place is null ? null : TransliterationKey.Phonetic(place);
        return changes
            .Where(c => wanted is null || TransliterationKey.Phonetic(c.Location.Name) == wanted)
            .GroupBy(c => (c.Location.Name, c.Location.Country))
            .Select(g =>
            {
                var history = Steps(g);
                var current = history.LastOrDefault(s => day is null || string.CompareOrdinal(s.Date, day) <= 0);
                var at = g.First().Location;
                return new PlaceControl(g.Key.Name, g.Key.Country, current?.HeldBy, current?.Date, history, at.Lat, at.Lon);
            })
            .OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Place, StringComparer.Ordinal)
            .ToList();
    }

    private static List<ControlStep> Steps(IEnumerable<ControlChangeDto> changes)
    {
        var steps = new List<(DateOnly Start, DateOnly End, ControlStep Step)>();
        foreach (var c in changes.OrderBy(c => c.Date.SpanDays()).ThenBy(c => c.Date.Start, StringComparer.Ordinal))
        {
            // The most precise reports come first and date a step; vaguer ones ("last week") join it.
            var (start, end) = (c.Date.StartDay(), c.Date.EndDay());
            var same = steps.FindIndex(s => start.DayNumber <= s.End.DayNumber + SameChangeDays && s.Start.DayNumber <= end.DayNumber + SameChangeDays
                                            && (c.To is null || s.Step.HeldBy is null || c.To.Name == s.Step.HeldBy));
            if (same < 0)
            {
                steps.Add((start, end, new ControlStep(c.Date.Start, c.To?.Name, c.From?.Name, c.Evidence.FirstOrDefault()?.Text ?? "", 1,
                    c.ArticleId is null ? [] : [c.ArticleId])));
                continue;
            }
            var s = steps[same];
            steps[same] = (s.Start, s.End, s.Step with
            {
                HeldBy = s.Step.HeldBy ?? c.To?.Name,
                TakenFrom = s.Step.TakenFrom ?? c.From?.Name,
                Reports = s.Step.Reports + 1,
                Articles = c.ArticleId is null || s.Step.Articles.Contains(c.ArticleId) ? s.Step.Articles : [.. s.Step.Articles, c.ArticleId],
            });
        }
        return steps.Select(s => s.Step).OrderBy(s => s.Date, StringComparer.Ordinal).ToList();
    }
}
