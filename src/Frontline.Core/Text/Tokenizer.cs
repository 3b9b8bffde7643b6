namespace Frontline.Core.Text;

/// <summary>
/// Splits normalized text into words, numbers and punctuation. Keeps "Ma'rib" and "U.S." whole,
/// splits the possessive "'s" off ("Iran's" -> "Iran", "'s") and hyphens into their own token
/// ("Iranian-backed" -> "Iranian", "-", "backed") so patterns can see both halves.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string normalized)
    {
        var tokens = new List<Token>(normalized.Length / 5);
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i = ScanWord(normalized, i);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                while (i < normalized.Length && (char.IsDigit(normalized[i])
                       || ((normalized[i] == ',' || normalized[i] == '.') && i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]))))
                    i++;
                // "10th", "1st": the ordinal suffix belongs to the number.
                while (i < normalized.Length && char.IsLetter(normalized[i])) i++;
                kind = TokenKind.Number;
            }
            else if (c == '\'' && i + 1 < normalized.Length && (normalized[i + 1] == 's' || normalized[i + 1] == 'S')
                     && (i + 2 >= normalized.Length || !char.IsLetter(normalized[i + 2])))
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Punctuation;
            }
            tokens.Add(Make(tokens.Count, normalized, start, i, kind));
        }
        return tokens;
    }

    /// <summary>Longest token lower-cased on the stack; longer ones (never a dictionary word) get strings of their own.</summary>
    private const int StackLimit = 64;

    /// <summary>A token, looked up in the <see cref="Vocabulary"/> as it is made: a dictionary word shares the word's
    /// string instead of two new ones (most of an article's words are such words), and its number is known at once.</summary>
    private static Token Make(int index, string normalized, int start, int end, TokenKind kind)
    {
        var span = normalized.AsSpan(start, end - start);
        var seen = Vocabulary.Count;
        if (span.Length > StackLimit)
        {
            var longText = span.ToString();
            return new Token(index, start, end, longText, longText.ToLowerInvariant(), kind);
        }
        Span<char> lowered = stackalloc char[span.Length];
        span.ToLowerInvariant(lowered);
        var known = Vocabulary.TryFind(lowered, out var word, out var id);
        var alreadyLower = lowered.SequenceEqual(span);
        var lower = known ? word : alreadyLower ? null : lowered.ToString();
        var text = alreadyLower && lower is not null ? lower : span.ToString();
        var token = new Token(index, start, end, text, lower ?? text, kind);
        token.KnowWord(known ? id : Vocabulary.Unknown, seen);
        return token;
    }

    private static int ScanWord(string s, int i)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            // Inner apostrophe (Ma'rib, Qu'ran) but not the possessive 's.
            if (c == '\'' && i + 1 < s.Length && char.IsLetter(s[i + 1])
                && !((s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= s.Length || !char.IsLetter(s[i + 2]))))
            {
                i++;
                continue;
            }
            // Dotted abbreviations: U.S., U.N. (a single letter followed by a period and another letter).
            if (c == '.' && i + 1 < s.Length && char.IsLetter(s[i + 1]) && IsSingleLetterSegment(s, i)
                && i + 2 < s.Length && (s[i + 2] == '.' || !char.IsLetter(s[i + 2])))
            {
                i++;
                continue;
            }
            if (c == '.' && IsSingleLetterSegment(s, i) && i > 1 && s[i - 2] == '.')
            {
                return i + 1; // trailing period of "U.S."
            }
            break;
        }
        return i;
    }

    private static bool IsSingleLetterSegment(string s, int dot) =>
        dot >= 1 && char.IsLetter(s[dot - 1]) && (dot < 2 || !char.IsLetter(s[dot - 2]));
}
