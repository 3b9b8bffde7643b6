namespace Frontline.Core.Text;

/// <summary>Hyphens that join words ("anti-government", "nine-storey"), as against dashes set between spaces.</summary>
public static class Hyphens
{
    /// <summary>Whether token <paramref name="k"/> is a hyphen written against the words on both sides ("anti-government"),
    /// not a dash between spaces.</summary>
    public static bool JoinsWordsAt(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Text == "-" && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start;
}
