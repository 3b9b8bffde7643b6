using Frontline.Core.Text;
using Frontline.Core.Model;

namespace Frontline.Core.Knowledge;

public enum ControlEffect { None, Gain, Lose }

/// <summary>What an event trigger means, with its codes and the codes it takes in special cases.</summary>
public sealed record Frame(
    string Name,
    EventCodes Codes,
    int Rank,
    bool Violent,
    ControlEffect Control,
    EventCodes? WhenStateActor,
    EventCodes? WhenCivilianTarget,
    EventCodes? WhenArmedTarget,
    string SummaryTemplate,
    bool TakesComplement,
    string? ArmedActorFrame,
    bool Statement,
    bool NeedsQuantity)
{
    /// <summary>A bare attack or killing ("attacked", "killed"): harm that names no tactic, so a weapon or a more specific
    /// act told with it names the event.</summary>
    public bool NamesNoTactic => Name is "attack" or "kill";

    /// <summary>A protest or a riot: a crowd's event.</summary>
    public bool Crowd => Codes.AcledEventType is "Protests" or "Riots";

    /// <summary>A force seizing power (a coup): arrests and gunfire with no one named, told in its course, are part of it.</summary>
    public bool Takeover => Name is "seize_power";

    /// <summary>People fleeing or forces deployed: what follows a disaster as readily as an attack.</summary>
    public bool IsAftermath => Name is "deploy" or "flee";
}

/// <summary>A lexicon entry as found in text.</summary>
public sealed record TriggerEntry(Frame Frame, string Form, bool NeedsPlace, bool NeedsName, bool AgentAfter, WordSet NotBefore, WordSet NotAfter)
{
    /// <summary>The kinds of thing the verb must act on to mean this frame ("seized weapons" disrupts weapons use,
    /// "seized Kharkiv" captures a town): one of these words near it, or null when any object will do.</summary>
    public WordSet? Objects { get; init; }

    /// <summary>The word names the kind of event but no weapon or tactic ("an explosion", "a blast"): it yields to a
    /// word of the same event type in its clause that does ("the explosion of a landmine" is a landmine).</summary>
    public bool Generic { get; init; }

    /// <summary>The word names an operation in the course of which other acts are done ("detained 12 people in
    /// overnight raids"): after "in" or "during", it yields to the act its clause tells before it.</summary>
    public bool Circumstance { get; init; }

    /// <summary>The words report remains found ("the body of", "corpses"): whoever the clause says found or handled them
    /// ("police found the body of a man") did not kill.</summary>
    public bool Remains { get; init; }

    /// <summary>The words tell a death with no object ("died", "dead"): their subject is who died.</summary>
    public bool Intransitive { get; init; }

    /// <summary>The words say a crowd gathered, not that it protested ("gathered"): gathered to celebrate it did not.</summary>
    public bool Gathering { get; init; }

    /// <summary>The words say a force broke up a crowd's protest ("dispersed the protesters"): the crowd protested, and
    /// whoever broke it up is the second side.</summary>
    public bool Intervention { get; init; }

    /// <summary>The words tell a side answering fire ("returned fire"): the other side of the act told before it.</summary>
    public bool Answers { get; init; }

    /// <summary>The form's first word ("cross" of "cross/V into").</summary>
    public string Lemma => Form.IndexOfAny(['/', ' ']) is var end and >= 0 ? Form[..end] : Form;
}
