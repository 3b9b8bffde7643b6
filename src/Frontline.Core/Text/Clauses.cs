namespace Frontline.Core.Text;

/// <summary>
/// Clause boundaries inside a sentence: punctuation and the words that open a new clause ("and", "after",
/// "which"...), from the cue list in data. Used to keep a trigger's roles within the words that govern it.
/// </summary>
public sealed class Clauses(IReadOnlySet<string> breaks)
{
    public bool IsBreak(Token t) => breaks.Contains(t.Lower) || (t.Kind == TokenKind.Punctuation && t.Text is ";" or "," or ":" or "(" or ")");

    /// <summary>First token of the clause holding <paramref name="token"/>.</summary>
    public int Start(IReadOnlyList<Token> tokens, Sentence s, int token)
    {
        var k = token;
        while (k > s.FirstToken && !IsBreak(tokens[k - 1])) k--;
        return k;
    }

    /// <summary>Token after the clause holding <paramref name="token"/>.</summary>
    public int End(IReadOnlyList<Token> tokens, Sentence s, int token)
    {
        var k = token + 1;
        while (k < s.EndToken && !IsBreak(tokens[k])) k++;
        return k;
    }
}
