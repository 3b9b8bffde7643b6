namespace Frontline.Core.Model;

public enum Modality { Asserted, Claimed, Denied, Planned, Hypothetical }

public static class ModalityExtensions
{
    /// <summary>Only planned or feared ("intended to take the mountain", "a possible attack"): it did not happen.</summary>
    public static bool IsUnrealized(this Modality m) => m is Modality.Planned or Modality.Hypothetical;
}

public sealed record Quantity(int Value, string Unit);

/// <summary>One coded event found in an article, with the spans that justify it.</summary>
public sealed record Event(
    string Id,
    string ArticleId,
    string Summary,
    DateInterval Date,
    EventCodes Codes,
    Actor? Actor1,
    Actor? Actor2,
    IReadOnlyList<Actor> AssociatedActors,
    Place? Location,
    int? Fatalities,
    int? Injured,
    Quantity? Quantity,
    Modality Modality,
    IReadOnlyList<string> Sources,
    IReadOnlyList<TextSpan> Evidence);

public enum RelationType { Backs, AlliedWith, Fights }

/// <summary>A patron-client or alliance statement: who backs whom, and where the text says so.</summary>
public sealed record Relation(RelationType Type, Actor Patron, Actor Client, DateInterval? Date, IReadOnlyList<TextSpan> Evidence);

/// <summary>A place changing hands.</summary>
public sealed record ControlChange(Place Location, Actor? From, Actor? To, DateInterval Date, IReadOnlyList<TextSpan> Evidence);

/// <summary>Everything Frontline extracted from one article.</summary>
public sealed record ArticleAnalysis(
    Article Article,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<ControlChange> ControlChanges);
