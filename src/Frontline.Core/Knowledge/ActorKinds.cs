using Frontline.Core.Model;

namespace Frontline.Core.Knowledge;

/// <summary>Names of actor kinds as written in data files and output, and ACLED's inter codes.</summary>
public static class ActorKinds
{
    private static readonly Dictionary<string, ActorKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["state military"] = ActorKind.StateMilitary,
        ["military"] = ActorKind.StateMilitary,
        ["police"] = ActorKind.Police,
        ["government"] = ActorKind.Government,
        ["rebel"] = ActorKind.Rebel,
        ["political militia"] = ActorKind.PoliticalMilitia,
        ["militia"] = ActorKind.PoliticalMilitia,
        ["identity militia"] = ActorKind.IdentityMilitia,
        ["civilians"] = ActorKind.Civilians,
        ["protesters"] = ActorKind.Protesters,
        ["rioters"] = ActorKind.Rioters,
        ["external state"] = ActorKind.ExternalState,
        ["international organization"] = ActorKind.InternationalOrganization,
        ["unidentified"] = ActorKind.Unidentified,
    };

    public static ActorKind Parse(string name) =>
        ByName.TryGetValue(name, out var kind) ? kind : throw new InvalidDataException($"unknown actor type '{name}'");

    public static string Label(ActorKind kind) => kind switch
    {
        ActorKind.StateMilitary => "state military",
        ActorKind.Police => "police",
        ActorKind.Government => "government",
        ActorKind.Rebel => "rebel",
        ActorKind.PoliticalMilitia => "political militia",
        ActorKind.IdentityMilitia => "identity militia",
        ActorKind.Civilians => "civilians",
        ActorKind.Protesters => "protesters",
        ActorKind.Rioters => "rioters",
        ActorKind.ExternalState => "external state",
        ActorKind.InternationalOrganization => "international organization",
        _ => "unidentified",
    };

    /// <summary>ACLED inter code (codebook table 1.2); an unidentified armed group counts as a political militia.</summary>
    public static int AcledInter(ActorKind kind) => kind switch
    {
        ActorKind.StateMilitary or ActorKind.Police or ActorKind.Government => 1,
        ActorKind.Rebel => 2,
        ActorKind.PoliticalMilitia or ActorKind.Unidentified => 3,
        ActorKind.IdentityMilitia => 4,
        ActorKind.Rioters => 5,
        ActorKind.Protesters => 6,
        ActorKind.Civilians => 7,
        _ => 8,
    };

    /// <summary>Protesters or rioters: a crowd, one the other turned violent.</summary>
    public static bool IsCrowd(ActorKind kind) => kind is ActorKind.Protesters or ActorKind.Rioters;

    public static bool IsState(ActorKind kind) => kind is ActorKind.StateMilitary or ActorKind.Police or ActorKind.Government;

    /// <summary>A state's armed forces or police: those who fire, arrest or break up a crowd (not its government).</summary>
    public static bool IsStateForce(ActorKind kind) => kind is ActorKind.StateMilitary or ActorKind.Police;

    /// <summary>The same actor, or the state of one country however named ("Israel", "Military Forces of Israel").</summary>
    public static bool SameForce(Actor x, Actor y) => x.SameAs(y) || (IsState(x.Kind) && IsState(y.Kind) && x.Country3 == y.Country3);

    public static bool IsArmed(ActorKind kind) => kind is not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Government or ActorKind.InternationalOrganization);

    public static bool IsNonStateArmed(ActorKind kind) =>
        kind is ActorKind.Rebel or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia or ActorKind.Unidentified;
}
