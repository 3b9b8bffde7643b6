namespace Frontline.Core.Text;

/// <summary>The past forms that tell what someone said ("officials said on Monday"): the day they date is the day of the
/// telling, not of what is told.</summary>
public static class SayingVerbs
{
    private static readonly WordSet Words = new(["said", "says", "told", "announced", "reported", "stated", "added"]);

    public static bool Contains(Token token) => Words.Contains(token);
}
