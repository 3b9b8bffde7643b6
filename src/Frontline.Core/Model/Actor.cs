namespace Frontline.Core.Model;

/// <summary>ACLED-style actor categories; the ACLED inter code is derived from the kind.</summary>
public enum ActorKind
{
    StateMilitary,
    Police,
    Government,
    Rebel,
    PoliticalMilitia,
    IdentityMilitia,
    Civilians,
    Protesters,
    Rioters,
    ExternalState,
    InternationalOrganization,
    Unidentified,
}

/// <summary>An actor as resolved in one article: catalogue identity plus the words the article used for it.</summary>
public sealed record Actor(
    string Key,
    string Name,
    string? AcledName,
    ActorKind Kind,
    string? Country3,
    IReadOnlyList<string> Backers,
    string? Ethnicity = null,
    string? Person = null)
{
    public bool SameAs(Actor other) => string.Equals(Key, other.Key, StringComparison.Ordinal);
}
