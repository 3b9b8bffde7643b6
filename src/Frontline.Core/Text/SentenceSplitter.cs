namespace Frontline.Core.Text;

/// <summary>
/// Sentence boundaries at . ! ? (and any closing quote after them) when the next word starts a new sentence,
/// never after a known abbreviation ("U.S.", "Gen.", "Lt. Col.", "Jan.") or an initial; every line break ends a
/// sentence and a paragraph.
/// </summary>
public sealed class SentenceSplitter(IReadOnlySet<string> abbreviations)
{
    public IReadOnlyList<Sentence> Split(string normalized, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var first = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var lineBreakAfter = t + 1 < tokens.Count && HasLineBreak(normalized, tokens[t].End, tokens[t + 1].Start);
            if (lineBreakAfter || t + 1 == tokens.Count || EndsSentence(tokens, t))
            {
                var end = t;
                while (end + 1 < tokens.Count && !lineBreakAfter && IsClosingQuote(tokens[end + 1]) && tokens[end + 1].Start == tokens[end].End)
                {
                    end++;
                    lineBreakAfter = end + 1 < tokens.Count && HasLineBreak(normalized, tokens[end].End, tokens[end + 1].Start);
                }
                sentences.Add(new Sentence(sentences.Count, tokens[first].Start, tokens[end].End, first, end + 1, paragraph));
                if (lineBreakAfter) paragraph++;
                t = end;
                first = end + 1;
            }
        }
        return sentences;
    }

    private bool EndsSentence(IReadOnlyList<Token> tokens, int t)
    {
        var token = tokens[t];
        var next = tokens[t + 1];
        if (token.Text is "!" or "?") return StartsSentence(next, tokens, t + 1);
        // "U.S." at the end of a sentence keeps its period inside the word token.
        if (token.Kind == TokenKind.Word && token.Text.EndsWith('.') && !abbreviations.Contains(token.Lower.TrimEnd('.')))
            return StartsSentence(next, tokens, t + 1) && token.Text.Count(c => c == '.') >= 2 && next.IsCapitalized && !IsNameLike(next);
        if (token.Text != ".") return false;
        if (t > 0)
        {
            var before = tokens[t - 1];
            if (before.End == token.Start && before.Kind == TokenKind.Word
                && (abbreviations.Contains(before.Lower) || (before.Text.Length == 1 && char.IsUpper(before.Text[0]))))
                return false;
        }
        return StartsSentence(next, tokens, t + 1);
    }

    private static bool StartsSentence(Token next, IReadOnlyList<Token> tokens, int index)
    {
        if (next.Kind == TokenKind.Number) return true;
        if (IsClosingQuote(next) || next.Text is "(" or "[") return index + 1 < tokens.Count;
        return next.Kind == TokenKind.Word && char.IsUpper(next.Text[0]);
    }

    // After "U.S." a capitalized word may be a name ("U.S. President") rather than a new sentence: only a
    // function word that typically opens sentences makes the boundary certain.
    private static bool IsNameLike(Token next) => next.Lower is not ("the" or "in" or "on" or "a" or "an" or "it" or "he" or "she" or "they" or "this" or "these" or "meanwhile" or "according");

    private static bool IsClosingQuote(Token token) => token.Text is "\"" or "'" or ")";

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++) if (text[i] == '\n' || text[i] == '\r') return true;
        return false;
    }
}
