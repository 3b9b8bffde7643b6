namespace Frontline.Core.Text;

/// <summary>English's closed class of passive auxiliaries: "was killed", "were reported", "got arrested".</summary>
public static class Auxiliaries
{
    private static readonly WordSet Passive = new(["was", "were", "been", "being", "is", "are", "be", "got", "get"]);

    /// <summary>Whether a token is a passive auxiliary: "IS" in capitals is the Islamic State, not "is".</summary>
    public static bool IsPassive(Token token) => Passive.Contains(token) && !token.IsAllCaps;
}
