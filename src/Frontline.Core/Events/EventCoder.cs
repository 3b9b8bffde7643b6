using Frontline.Core.Knowledge;
using Frontline.Core.Model;

namespace Frontline.Core.Events;

/// <summary>
/// Final codes for an assembled frame, applying the frame's own decision rules from data: territory taken by
/// state forces is "Government regains territory"; an attack on civilians is violence against civilians;
/// killing armed men in a fight is a battle.
/// </summary>
public static class EventCoder
{
    public static EventCodes Code(Frame frame, Actor? actor1, Actor? actor2)
    {
        if (frame.WhenStateActor is { } s && actor1 is not null && ActorKinds.IsState(actor1.Kind)) return s;
        if (frame.WhenCivilianTarget is { } c && actor2?.Kind == ActorKind.Civilians) return c;
        if (frame.WhenArmedTarget is { } a && actor2 is not null && actor1 is not null && ActorKinds.IsArmed(actor2.Kind) && ActorKinds.IsArmed(actor1.Kind)) return a;
        return frame.Codes;
    }

    /// <summary>One plain English line: "Military Forces of Syria carried out an airstrike on Rebels in Idlib; 10 killed".</summary>
    public static string Summarize(EventDraft e)
    {
        var who = e.Actor1?.Name ?? "Unidentified actor";
        var whom = e.Actor2 is null ? "" : " " + e.Actor2.Name;
        var verb = e.Frame.Verb;
        var where = e.Location is null ? "" : $" in {e.Location.Name}";
        var dead = e.Fatalities is > 0 ? $"; {e.Fatalities} killed" : "";
        var size = e.Quantity is null ? "" : $" ({e.Quantity.Value} {e.Quantity.Unit})";
        var modality = e.Modality == Modality.Asserted ? "" : $" [{e.Modality.ToString().ToLowerInvariant()}]";
        return $"{who} {verb}{whom}{where}{size}{dead}{modality}";
    }
}
