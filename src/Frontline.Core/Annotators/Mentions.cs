using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>Tokens [First, End) of the document that an annotation covers.</summary>
public readonly record struct TokenRange(int First, int End)
{
    public bool Contains(int token) => First <= token && token < End;

    public bool Overlaps(TokenRange other) => First < other.End && other.First < End;
}

public enum ActorMentionKind { Named, Person, StateForce, Official, Country, Generic, Ethnic }

/// <summary>
/// Words naming an actor. <see cref="Actor"/> is set once resolved; generic and ethnic mentions
/// ("the insurgents", "Kurdish forces") are resolved against the whole article after the first scan.
/// </summary>
public sealed class ActorMention(TokenRange range, ActorMentionKind kind, Actor? actor, string surface)
{
    public TokenRange Range { get; } = range;
    public ActorMentionKind Kind { get; } = kind;
    public Actor? Actor { get; set; } = actor;
    public string Surface { get; } = surface;

    /// <summary>Generic mentions: the kind of actor the noun implies ("rebels" -> Rebel).</summary>
    public ActorKind? GenericKind { get; init; }

    /// <summary>The weapon the mention names its actor by ("Russian missiles" -> shelling), if any.</summary>
    public string? WeaponFrame { get; init; }

    /// <summary>"fighters": may refer to any non-state armed group, not only one of <see cref="GenericKind"/>.</summary>
    public bool AnyArmed { get; init; }

    /// <summary>Named as occupiers ("the occupation forces"): the forces of the state that occupies the report's territory.</summary>
    public bool Occupying { get; init; }

    /// <summary>Militias of a clan or tribe: which ("Clan", "Tribal").</summary>
    public string? Community { get; init; }

    /// <summary>Ethnic mentions: the group ("Kurdish").</summary>
    public string? Ethnicity { get; init; }

    /// <summary>Country of a demonym on a non-state noun ("Iraqi militias" -> IRQ).</summary>
    public string? DemonymCountry { get; init; }

    /// <summary>Patrons written on this mention ("Iranian-backed", "supported by the U.S.").</summary>
    public List<string> Backers { get; } = [];

    /// <summary>Other actors coordinated with this one in the same noun phrase ("Syrian and Russian airstrikes").</summary>
    public List<ActorMention> Partners { get; } = [];

    /// <summary>A named group this generic mention is explicitly led by ("insurgents led by X").</summary>
    public ActorMention? LedBy { get; set; }

    public override string ToString() => $"{Kind}:{Surface}->{Actor?.Name}";
}

/// <summary>A place name found in text, geocoded, with the candidates the resolver weighed; <see cref="Exact"/> is false
/// when only a sound-alike key matched it.</summary>
public sealed record PlaceMention(TokenRange Range, Place Place, string Surface, string? Direction, IReadOnlyList<Place> Candidates, bool Exact = true)
{
    /// <summary>Whether any of the places begins in tokens [<paramref name="from"/>, <paramref name="end"/>).</summary>
    public static bool AnyStartingIn(IReadOnlyList<PlaceMention> places, int from, int end)
    {
        foreach (var p in places)
            if (p.Range.First >= from && p.Range.First < end) return true;
        return false;
    }
}

public sealed record TimeMention(TokenRange Range, DateInterval Interval);

public sealed record NumberMention(TokenRange Range, int Value, string? Unit, bool IsVague);

public sealed record SourceMention(TokenRange Range, string Name);

public sealed record TriggerMention(TokenRange Range, TriggerEntry Entry, Modality Modality)
{
    /// <summary>The determiner (one of <paramref name="determiners"/>) that opens a noun trigger's phrase over one or two
    /// plain lower-case words naming the act ("the railway station attack", "the "terrorist attacks""), after token
    /// <paramref name="floor"/>; null when none does, or when the determiner stands right before the trigger. (Not "the
    /// Belgorod attack": a place that names which act is often another's motive.)</summary>
    public int? DeterminerOverNamingWords(IReadOnlyList<Token> tokens, int floor, WordSet determiners)
    {
        if (!MayBeANoun(tokens)) return null;
        for (var k = Range.First - 1; k > floor && k >= Range.First - 3; k--)
        {
            if (determiners.Contains(tokens[k].Lower)) return k < Range.First - 1 ? k : null;
            if (tokens[k].Text is "\"" or "\u201c" or "\u201d") continue;
            if (tokens[k].Kind != TokenKind.Word || tokens[k].IsCapitalized || Auxiliaries.IsAuxiliary(tokens[k])
                || tokens[k].Lower is "a" or "an" or "and" or "or" or "of" or "in" or "on" or "at" or "by" or "to" or "for" or "with" or "from")
                return null;
        }
        return null;
    }

    /// <summary>Whether the trigger may be read as a noun: matched by a noun's form, or written as its verb's bare or -s form
    /// ("attack", "attacks", "clashes", "rallies"), not a past form ("shot", "killed").</summary>
    public bool MayBeANoun(IReadOnlyList<Token> tokens)
    {
        if (Entry.Form.Contains("/N", StringComparison.Ordinal)) return true;
        var word = tokens[Range.End - 1].Lower;
        var lemma = Entry.Lemma;
        return word == lemma || word == lemma + "s" || word == lemma + "es"
               || (lemma.EndsWith('y') && word.Length == lemma.Length + 2 && word.EndsWith("ies", StringComparison.Ordinal) && word.StartsWith(lemma[..^1], StringComparison.Ordinal));
    }
}

/// <summary>All annotations of one document, each list in text order.</summary>
public sealed record Annotations(
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<TimeMention> Times,
    IReadOnlyList<NumberMention> Numbers,
    IReadOnlyList<SourceMention> Sources,
    IReadOnlyList<TriggerMention> Triggers,
    string? MainCountry3);
