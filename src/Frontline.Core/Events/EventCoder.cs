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
        // A protest turned violent stays a violent demonstration when the police break it up.
        if (frame.Codes.AcledEventType == "Protests" && actor1 is { Kind: ActorKind.Rioters }) return lexicon.ProtesterViolence.Codes;
        // A state's forces at home regain territory; abroad they are a foreign actor overtaking it (ACLED).
        if (frame.WhenStateActor is { } s && actor1 is not null && ActorKinds.IsState(actor1.Kind)
            && (locationCountry3 is null || locationCountry3 == actor1.Country3)) return s;
        if (frame.WhenCivilianTarget is { } c && actor2?.Kind == ActorKind.Civilians) return c;
        // Violence against an armed actor by an armed (or unnamed) one is a battle: "snipers killed a soldier".
        if (frame.WhenArmedTarget is { } a && (victimsArmed || actor2 is not null && ActorKinds.IsArmed(actor2.Kind) && (actor1 is null || ActorKinds.IsArmed(actor1.Kind)))) return a;
        return frame.Codes;
    }

    /// <summary>One plain English line: "Military Forces of Syria carried out airstrikes in Saraqib; 10 killed", naming the
    /// sides as the event does (<paramref name="actor1"/>, <paramref name="actor2"/>: "Islamic State" in Mali is its Sahel
    /// province).</summary>
    public static string Summarize(EventDraft e, Actor? actor1, Actor? actor2)
    {
        var who = actor1 is null ? "Unidentified actor" : actor1.Person is { } person ? $"{person} ({actor1.Name})" : actor1.Name;
        var what = Fill(e.Frame.SummaryTemplate, new Dictionary<string, string?> { ["actor2"] = actor2?.Name, ["place"] = e.Location?.Name });
        var size = e.Quantity is null ? "" : $" ({e.Quantity.Value} {e.Quantity.Unit})";
        var dead = e.Fatalities is > 0 ? $"; {e.Fatalities} killed" : "";
        var modality = e.Modality == Modality.Asserted ? "" : $" [{e.Modality.ToString().ToLowerInvariant()}]";
        return $"{who} {what}{size}{dead}{modality}";
    }

    /// <summary>Fills {name} slots; a [bracketed] part whose slots are unknown is left out.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string?> values)
    {
        var result = new System.Text.StringBuilder(template.Length + 32);
        foreach (var part in Parsed.GetOrAdd(template, Parse))
        {
            if (part.Optional && part.Pieces.Any(p => p.IsSlot && string.IsNullOrEmpty(values.GetValueOrDefault(p.Text)))) continue;
            foreach (var piece in part.Pieces)
                result.Append(piece.IsSlot ? values.GetValueOrDefault(piece.Text) ?? "somewhere" : piece.Text);
        }
        return result.ToString();
    }

    /// <summary>A template's text and {slots}, in order.</summary>
    private readonly record struct Piece(string Text, bool IsSlot);

    /// <summary>A run of a template: always written, or [optional].</summary>
    private sealed record Part(bool Optional, IReadOnlyList<Piece> Pieces);

    /// <summary>Templates are a few dozen lexicon strings: each is parsed once, not matched by regex per event.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Part>> Parsed = new(StringComparer.Ordinal);

    private static IReadOnlyList<Part> Parse(string template)
    {
        var parts = new List<Part>();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in OptionalPart.Matches(template))
        {
            if (m.Index > at) parts.Add(new Part(false, Pieces(template[at..m.Index])));
            parts.Add(new Part(true, Pieces(m.Groups[1].Value)));
            at = m.Index + m.Length;
        }
        if (at < template.Length) parts.Add(new Part(false, Pieces(template[at..])));
        return parts;
    }

    private static List<Piece> Pieces(string text)
    {
        var pieces = new List<Piece>();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in Slot.Matches(text))
        {
            if (m.Index > at) pieces.Add(new Piece(text[at..m.Index], false));
            pieces.Add(new Piece(m.Groups[1].Value, true));
            at = m.Index + m.Length;
        }
        if (at < text.Length) pieces.Add(new Piece(text[at..], false));
        return pieces;
    }

    private static readonly System.Text.RegularExpressions.Regex OptionalPart = new(@"\[([^\]]*)\]", System.Text.RegularExpressions.RegexOptions.Compiled);
    private static readonly System.Text.RegularExpressions.Regex Slot = new(@"\{(\w+)\}", System.Text.RegularExpressions.RegexOptions.Compiled);
}
