using Frontline.Core.Model;

namespace Frontline.Core.Events;

/// <summary>
/// Control changes from asserted events whose frame moves territory: a capture gives the place to actor1 and
/// takes it from actor2; a withdrawal takes it from actor1. Two statements about one place and time are one change.
/// </summary>
public static class ControlChangeExtractor
{
    public static List<ControlChange> Extract(IEnumerable<(EventDraft Draft, Event Event)> events)
    {
        var changes = new List<ControlChange>();
        foreach (var (draft, e) in events)
        {
            // Only a place named for the event changes hands; one carried from an earlier sentence is a guess.
            if (!draft.LocationExplicit || e.Location is not { Precision: PlacePrecision.Place or PlacePrecision.Admin1 } place || e.Modality != Modality.Asserted) continue;
            var (from, to) = draft.Frame.Control switch
            {
                Knowledge.ControlEffect.Gain => (e.Actor2, e.Actor1),
                Knowledge.ControlEffect.Lose => (e.Actor1, (Actor?)null),
                _ => ((Actor?)null, (Actor?)null),
            };
            if (from is null && to is null) continue;
            var same = changes.FindIndex(c => c.Location.DistanceKm(place) <= 10 && c.Date.Overlaps(e.Date));
            if (same < 0)
            {
                changes.Add(new ControlChange(place, from, to, e.Date, e.Evidence));
                continue;
            }
            var existing = changes[same];
            changes[same] = existing with
            {
                From = existing.From ?? from,
                To = existing.To ?? to,
                Evidence = existing.Evidence.Concat(e.Evidence).Distinct().ToList(),
            };
        }
        return changes;
    }
}
