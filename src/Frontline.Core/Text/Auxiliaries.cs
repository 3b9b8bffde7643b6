namespace Frontline.Core.Text;

/// <summary>English's closed classes of auxiliaries: passive ("was killed", "were reported", "got arrested") and the
/// others that stand before a verb ("has fired", "did not attack", "would have").</summary>
public static class Auxiliaries
{
    private static readonly WordSet Passive = new(["was", "were", "been", "being", "is", "are", "be", "got", "get"]);

    private static readonly WordSet Others = new(["has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must"]);

    /// <summary>Whether a token is a passive auxiliary: "IS" in capitals is the Islamic State, not "is".</summary>
    public static bool IsPassive(Token token) => Passive.Contains(token) && !token.IsAllCaps;

    /// <summary>Whether a token is any auxiliary, passive or not.</summary>
    public static bool IsAuxiliary(Token token) => IsPassive(token) || (Others.Contains(token) && !token.IsAllCaps);
}
