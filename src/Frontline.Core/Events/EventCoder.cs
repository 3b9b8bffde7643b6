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
    public static EventCodes Code(Lexicon lexicon, Frame frame, Actor? actor1, Actor? actor2, string? locationCountry3, bool victimsArmed)
    {
        // Violence by an unorganised crowd is a riot, whatever the act; so is a crowd's destruction of property.
        var crowdAct = frame.Violent || frame.Name == "loot";
        if (crowdAct && actor1 is { Kind: ActorKind.Protesters }) return lexicon.ProtesterViolence.Codes;
        if (crowdAct && actor1 is { Kind: ActorKind.Rioters or ActorKind.Civilians }) return lexicon.CrowdViolence.Codes;
        if (frame.Name == "protest" && actor1 is { Kind: ActorKind.Rioters }) return lexicon.ProtesterViolence.Codes;
        // A state's forces at home regain territory; abroad they are a foreign actor overtaking it (ACLED).
        if (frame.WhenStateActor is { } s && actor1 is not null && ActorKinds.IsState(actor1.Kind)
            && (locationCountry3 is null || locationCountry3 == actor1.Country3)) return s;
        if (frame.WhenCivilianTarget is { } c && actor2?.Kind == ActorKind.Civilians) return c;
        // Violence against an armed actor by an armed (or unnamed) one is a battle: "snipers killed a soldier".
        if (frame.WhenArmedTarget is { } a && (victimsArmed || actor2 is not null && ActorKinds.IsArmed(actor2.Kind) && (actor1 is null || ActorKinds.IsArmed(actor1.Kind)))) return a;
        return frame.Codes;
    }

    /// <summary>One plain English line: "Military Forces of Syria carried out airstrikes in Saraqib; 10 killed".</summary>
    public static string Summarize(EventDraft e)
    {
        var who = e.Actor1 is null ? "Unidentified actor" : e.Actor1.Person is { } person ? $"{person} ({e.Actor1.Name})" : e.Actor1.Name;
        var what = Fill(e.Frame.SummaryTemplate, new Dictionary<string, string?> { ["actor2"] = e.Actor2?.Name, ["place"] = e.Location?.Name });
        var size = e.Quantity is null ? "" : $" ({e.Quantity.Value} {e.Quantity.Unit})";
        var dead = e.Fatalities is > 0 ? $"; {e.Fatalities} killed" : "";
        var modality = e.Modality == Modality.Asserted ? "" : $" [{e.Modality.ToString().ToLowerInvariant()}]";
        return $"{who} {what}{size}{dead}{modality}";
    }

    /// <summary>Fills {name} slots; a [bracketed] part whose slots are unknown is left out.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string?> values)
    {
        var result = OptionalPart.Replace(template, m =>
            Slots(m.Groups[1].Value).All(k => !string.IsNullOrEmpty(values.GetValueOrDefault(k))) ? m.Groups[1].Value : "");
        foreach (var (key, value) in values) result = result.Replace("{" + key + "}", value ?? "somewhere", StringComparison.Ordinal);
        return result;
    }

    private static IEnumerable<string> Slots(string text) =>
        Slot.Matches(text).Select(m => m.Groups[1].Value);

    private static readonly System.Text.RegularExpressions.Regex OptionalPart = new(@"\[([^\]]*)\]", System.Text.RegularExpressions.RegexOptions.Compiled);
    private static readonly System.Text.RegularExpressions.Regex Slot = new(@"\{(\w+)\}", System.Text.RegularExpressions.RegexOptions.Compiled);
}
