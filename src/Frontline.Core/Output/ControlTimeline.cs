using Frontline.Core.Text;

namespace Frontline.Core.Output;

/// <summary>One change in a place's history: who took it from whom, when, and the words that say so.</summary>
public sealed record ControlStep(string Date, string? HeldBy, string? TakenFrom, string Evidence);

/// <summary>A place's history of control, oldest first, and who holds it at the date asked (the last change on or before it).</summary>
public sealed record PlaceControl(string Place, string Country, string? HeldBy, string? Since, IReadOnlyList<ControlStep> History);

/// <summary>
/// The control timeline across reports: control changes grouped per place (spelling variants of one place meet on the
/// place's gazetteer name and country), ordered by date; at a given date each place is held by the winner of its last
/// change up to then.
/// </summary>
public static class ControlTimeline
{
    public static IReadOnlyList<PlaceControl> Build(IEnumerable<ControlChangeDto> changes, string? place, DateOnly? at)
    {
        var day = at is { } d ? AnalysisMapper.Iso(d) : null;
        var wanted = place is null ? null : TransliterationKey.Phonetic(place);
        return changes
            .Where(c => wanted is null || TransliterationKey.Phonetic(c.Location.Name) == wanted)
            .GroupBy(c => (c.Location.Name, c.Location.Country))
            .Select(g =>
            {
                var history = g.OrderBy(c => c.Date.Start, StringComparer.Ordinal)
                    .Select(c => new ControlStep(c.Date.Start, c.To?.Name, c.From?.Name, c.Evidence.FirstOrDefault()?.Text ?? ""))
                    .ToList();
                var current = history.LastOrDefault(s => day is null || string.CompareOrdinal(s.Date, day) <= 0);
                return new PlaceControl(g.Key.Name, g.Key.Country, current?.HeldBy, current?.Date, history);
            })
            .OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Place, StringComparer.Ordinal)
            .ToList();
    }
}
