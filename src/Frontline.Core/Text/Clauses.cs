namespace Frontline.Core.Text;

/// <summary>
/// Clause boundaries inside a sentence: punctuation and the words that open a new clause ("and", "after",
/// "which"...), from the cue list in data. Used to keep a trigger's roles within the words that govern it.
/// "and" between a noun and an event phrase ("a missile and drone attack") joins one noun phrase, not two clauses,
/// when the caller can tell where event phrases start (<paramref name="eventPhraseStartsAt"/>).
/// Made for one document (<paramref name="document"/>), it remembers each token's answer: role finding asks for the
/// same clauses many times.
/// </summary>
public sealed class Clauses(WordSet breaks, Func<int, bool>? eventPhraseStartsAt = null, IReadOnlyList<Token>? document = null)
{
    private enum Answer : byte { Unknown, Break, NoBreak }

    private readonly Answer[]? _answers = document is null ? null : new Answer[document.Count];

    public bool IsBreak(IReadOnlyList<Token> tokens, int k)
    {
        if (_answers is null || !ReferenceEquals(tokens, document)) return Decide(tokens, k);
        if (_answers[k] == Answer.Unknown) _answers[k] = Decide(tokens, k) ? Answer.Break : Answer.NoBreak;
        return _answers[k] == Answer.Break;
    }

    private bool Decide(IReadOnlyList<Token> tokens, int k)
    {
        var t = tokens[k];
        if (t.Kind == TokenKind.Punctuation)
        {
            // A short parenthesis ("Rapid Support Forces (RSF) stormed") belongs to the clause around it.
            if (t.Text == "(") return !AnyText(tokens, k + 1, Math.Min(tokens.Count, k + 6), ")");
            if (t.Text == ")") return !AnyText(tokens, Math.Max(0, k - 5), k, "(");
            // "villagers in Kisima (Beni, Nord-Kivu) fled": a comma inside a short parenthesis separates names, not clauses.
            if (t.Text == "," && InShortParenthesis(tokens, k)) return false;
            return t.Text is ";" or "," or ":";
        }
        if (!breaks.Contains(t)) return false;
        if (t.Lower is "and" or "or" && k > 0 && k + 1 < tokens.Count && NounLike(tokens[k - 1]) && NounLike(tokens[k + 1]))
        {
            // Noun on both sides ("missile and drone attack"), not a new verb ("the attack and called on ...").
            if (eventPhraseStartsAt is not null && eventPhraseStartsAt(k + 1)) return false;
            // Two nouns before a preposition ("hurled rocks and firecrackers at soldiers") are one object; so is a count of
            // a second thing ("fired 122 missiles and dozens of drones").
            if (k + 2 < tokens.Count && (NounPhraseEnds.Contains(tokens[k + 2]) || (Counts.Contains(tokens[k + 1]) && tokens[k + 2].Lower == "of"))) return false;
        }
        // Two names before one noun ("U.S. and Kenyan forces", "Kherson and Zaporizhzhia regions") qualify it together.
        if (t.Lower is "and" or "or" && k > 0 && k + 2 < tokens.Count && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized
            && NounLike(tokens[k + 2])) return false;
        return true;
    }

    /// <summary>Whether a token in [from, to) reads <paramref name="text"/>. Asked of every token, so no closure.</summary>
    private static bool AnyText(IReadOnlyList<Token> tokens, int from, int to, string text)
    {
        for (var j = from; j < to; j++)
            if (tokens[j].Text == text) return true;
        return false;
    }

    private static bool InShortParenthesis(IReadOnlyList<Token> tokens, int k)
    {
        var open = false;
        for (var j = k - 1; j >= Math.Max(0, k - 6) && !open; j--)
        {
            if (tokens[j].Text == ")") return false;
            open = tokens[j].Text == "(";
        }
        if (!open) return false;
        for (var j = k + 1; j < Math.Min(tokens.Count, k + 7); j++)
        {
            if (tokens[j].Text == "(") return false;
            if (tokens[j].Text == ")") return true;
        }
        return false;
    }

    private static readonly WordSet NounPhraseEnds = new(["at", "on", "against", "toward", "towards", "into"]);

    private static readonly WordSet Counts = new(["dozens", "hundreds", "thousands", "scores", "tens", "several", "some", "many"]);

    private static bool NounLike(Token x) => x.Kind == TokenKind.Word && !x.IsCapitalized
                                             && !x.Lower.EndsWith("ed", StringComparison.Ordinal) && !x.Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>First token of the clause holding <paramref name="token"/>.</summary>
    public int Start(IReadOnlyList<Token> tokens, Sentence s, int token)
    {
        var k = token;
        while (k > s.FirstToken && !IsBreak(tokens, k - 1)) k--;
        return k;
    }

    /// <summary>Whether the clause holding <paramref name="token"/> is a relative one in the past perfect ("protesters who had
    /// blocked the highway for weeks", "the prison, from which inmates had escaped on Friday", "the district, where
    /// protesters had blocked the highway on Tuesday"): it tells of something
    /// before the act of the clause it hangs on ("protesters who tried to break through a cordon on Wednesday" and "the
    /// fighting, which began on Wednesday" tell the act's own time).</summary>
    public bool InEarlierRelativeClause(IReadOnlyList<Token> tokens, Sentence s, int token)
    {
        var start = Start(tokens, s, token);
        if (start <= s.FirstToken || tokens[start - 1].Lower is not ("which" or "who" or "whom" or "whose" or "where")) return false;
        for (var k = start; k < token; k++)
            if (tokens[k].Lower == "had") return true;
        return false;
    }

    /// <summary>Token after the clause holding <paramref name="token"/>.</summary>
    public int End(IReadOnlyList<Token> tokens, Sentence s, int token)
    {
        var k = token + 1;
        while (k < s.EndToken && !IsBreak(tokens, k)) k++;
        return k;
    }
}
