namespace Frontline.Core.Text;

/// <summary>English's closed class of passive auxiliaries: "was killed", "were reported", "got arrested".</summary>
public static class Auxiliaries
{
    public static readonly IReadOnlySet<string> Passive = new HashSet<string>(StringComparer.Ordinal) { "was", "were", "been", "being", "is", "are", "be", "got", "get" };
}
