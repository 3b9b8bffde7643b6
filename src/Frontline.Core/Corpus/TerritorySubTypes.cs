namespace Frontline.Core.Corpus;

/// <summary>ACLED's sub-event types of ground changing hands: two taken by force (battles), one unopposed.</summary>
internal static class TerritorySubTypes
{
    public static bool TakenByForce(string? subType) => subType is "Non-state actor overtakes territory" or "Government regains territory";

    public static bool ChangesHands(string? subType) => TakenByForce(subType) || subType == Unopposed;

    public const string Unopposed = "Non-violent transfer of territory";
}
