namespace Frontline.Core.Text;

using Frontline.Core.Model;

/// <summary>An article prepared once for every annotator: normalized text (same offsets), tokens and sentences.</summary>
public sealed class Document
{
    public Document(Article article, SentenceSplitter splitter)
    {
        Article = article;
        Normalized = TextNormalizer.Normalize(article.Text);
        Tokens = Tokenizer.Tokenize(Normalized);
        Sentences = splitter.Split(Normalized, Tokens);
        (DatelineStart, DatelineEnd) = FindDateline();
        HeadlineEnd = DatelineStart > 0 ? DatelineStart : HeadlineLineEnd();
    }

    /// <summary>Tokens before this index are the report's headline: the line before its dateline, or a first line standing
    /// alone as a paragraph with no closing stop ("KIA Closes In on Bhamo as Junta Airstrike Kills Four in Momauk"). 0 when
    /// it has none.</summary>
    public int HeadlineEnd { get; }

    private int HeadlineLineEnd()
    {
        if (Sentences.Count < 2 || Sentences[0].Paragraph != 0 || Sentences[1].Paragraph == 0) return 0;
        var last = Tokens[Sentences[0].EndToken - 1];
        return last.Text is "." or "!" or "?" or ":" or "\"" ? 0 : Sentences[1].FirstToken;
    }

    /// <summary>Tokens from <see cref="DatelineStart"/> up to this index are a wire dateline ("KYIV, Ukraine (AP) —"):
    /// where the report was filed, not a party to or the place of any event. 0 when the article has none.</summary>
    public int DatelineEnd { get; }

    /// <summary>Where the dateline starts: 0, or the first token after a headline line.</summary>
    public int DatelineStart { get; }

    public bool InDateline(int k) => k >= DatelineStart && k < DatelineEnd;

    /// <summary>Whether the dateline is a release's, in brackets ("(Nairobi, May 21, 2025) -"): the office that issued it,
    /// which says nothing of where its story happened.</summary>
    public bool DatelineBracketed => DatelineEnd > 0 && Tokens[DatelineStart].Text == "(";

    /// <summary>Whether the sentence is a byline paragraph ("By Ahmed Musa, Gusau"): who wrote the report and where, no
    /// place or party of its events.</summary>
    public bool IsByline(Sentence s)
    {
        if (s.EndToken - s.FirstToken is < 2 or > 10 || Tokens[s.FirstToken].Text != "By" || !Tokens[s.FirstToken + 1].IsCapitalized) return false;
        if (Sentences.Any(o => o != s && o.Paragraph == s.Paragraph)) return false;
        for (var k = s.FirstToken + 1; k < s.EndToken; k++)
            if (Tokens[k].Kind == TokenKind.Word && !Tokens[k].IsCapitalized && Tokens[k].Lower is not ("and" or "in")) return false;
        return true;
    }

    /// <summary>The sentence's first token past the dateline (the sentence's first token when no dateline opens it).</summary>
    public int FirstTokenPastDateline(Sentence s) => InDateline(s.FirstToken) ? Math.Min(DatelineEnd, s.EndToken) : s.FirstToken;

    /// <summary>Small words inside a place's name ("Democratic Republic of Congo", "Rio de Janeiro").</summary>
    private static readonly HashSet<string> NameParticles = new(["of", "de", "du", "la", "el", "al", "the", "and"], StringComparer.Ordinal);

    private (int Start, int End) FindDateline()
    {
        if (DatelineFrom(0) is > 0 and var end) return (0, end);
        // "Arab tribes and Kurdish-led forces fight for sixth day [line] BEIRUT, Sept 1 (Reuters) - ...": a headline's line
        // may stand before it.
        if (Sentences.Count > 1 && Sentences[0].Paragraph == 0 && Sentences[1].Paragraph == 1
            && DatelineFrom(Sentences[1].FirstToken) is > 0 and var afterHeadline)
            return (Sentences[1].FirstToken, afterHeadline);
        return (0, 0);
    }

    /// <summary>The end of a dateline that opens at token <paramref name="from"/>, or 0.</summary>
    private int DatelineFrom(int from)
    {
        // "(Nairobi, May 21, 2025) - Malian soldiers ...": a release's dateline in brackets, a town and a date, then a dash.
        if (from + 3 < Tokens.Count && Tokens[from].Text == "(" && Tokens[from + 1].IsCapitalized)
        {
            for (var i = from + 2; i < Math.Min(Tokens.Count - 1, from + 12); i++)
            {
                if (Tokens[i].Text != ")") continue;
                var dated = Tokens.Skip(from + 1).Take(i - from - 1).Any(x => x.Kind == TokenKind.Number);
                return dated && Tokens[i + 1].Text == "-" ? i + 2 : 0;
            }
            return 0;
        }
        for (var i = from + 1; i < Math.Min(Tokens.Count, from + 14); i++)
        {
            var t = Tokens[i];
            if (t.Text == ":" && ColonDateline(from, i)) return i + 1;
            // A spaced dash (an em or en dash in the original, or a typed double hyphen "--") closes the dateline.
            var dashEnd = t.Text == "-" && i + 1 < Tokens.Count && Tokens[i + 1].Text == "-" && Tokens[i + 1].Start == t.End ? i + 1 : i;
            if (t.Text == "-" && t.Start > 0 && Normalized[t.Start - 1] == ' ' && Tokens[dashEnd].End < Normalized.Length && Normalized[Tokens[dashEnd].End] == ' ')
                return Tokens.Skip(from).Take(i - from).All(x => x.IsCapitalized || x.Kind is TokenKind.Punctuation or TokenKind.Number || NameParticles.Contains(x.Lower))
                    ? dashEnd + 1 : 0;
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && !NameParticles.Contains(t.Lower)) return 0;
        }
        return 0;
    }

    /// <summary>Whether the words before a colon at <paramref name="colon"/> are a dateline: "QUETTA:", a city in capitals (South
    /// Asian papers' dateline), or "RAWALPINDI, 19 September 2025:", a city in capitals and a date (a press release's).</summary>
    private bool ColonDateline(int from, int colon)
    {
        var (allCaps, capitalized, dated) = (true, true, false);
        for (var k = from; k < colon; k++)
        {
            var x = Tokens[k];
            var mark = x.Kind == TokenKind.Punctuation && x.Text is "," or "-";
            allCaps &= x.IsAllCaps || mark;
            capitalized &= x.IsCapitalized || x.Kind == TokenKind.Number || mark;
            dated |= x.Kind == TokenKind.Number;
        }
        return allCaps || (Tokens[from].IsAllCaps && dated && capitalized);
    }

    public Article Article { get; }
    public string Text => Article.Text;
    public string Normalized { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The first sentence that ends after the token (the last sentence for a token past the end). Asked for every
    /// earlier place and time an event may carry forward, so a binary search over the sentences' ends.</summary>
    public Sentence SentenceOf(int tokenIndex)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokenIndex < Sentences[mid].EndToken) high = mid;
            else low = mid + 1;
        }
        return Sentences[low];
    }

    /// <summary>The index of the first token that ends after character <paramref name="offset"/> (the token count past the last).</summary>
    public int TokenAt(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Tokens[mid].End <= offset) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /// <summary>The word before token <paramref name="k"/>, past one article and an opening quotation mark: "by" in "by the
    /// governor", "with" in "argued with the protesters", "against" in 'against "terrorists"'.</summary>
    public string? WordBefore(int k)
    {
        k--;
        if (k >= 0 && Tokens[k].Text is "\"" or "“") k--;
        if (k >= 0 && Tokens[k].Lower is "the" or "a" or "an") k--;
        return k >= 0 ? Tokens[k].Lower : null;
    }

    /// <summary>Whether token <paramref name="k"/> marks the word before it as an owner: "'s" ("Iran's"), or an apostrophe
    /// right after a plural and before a word ("the Philippines' largest broadcaster") that closes no quotation ("they
    /// called them 'the rebels' and left").</summary>
    public bool IsPossessiveMark(int k) =>
        k > 0 && k < Tokens.Count
        && (Tokens[k].Lower == "'s"
            || (Tokens[k].Text == "'" && Tokens[k - 1].End == Tokens[k].Start && Tokens[k - 1].Lower.EndsWith('s')
                && k + 1 < Tokens.Count && Tokens[k + 1].Kind == TokenKind.Word && Tokens[k + 1].Start > Tokens[k].End
                && !OpensQuoteBefore(k)));

    /// <summary>Whether a single quote opens a quotation in the few words before token <paramref name="k"/>: a lone
    /// apostrophe with a space before it and a word right after it.</summary>
    private bool OpensQuoteBefore(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - QuotedWords; j--)
            if (Tokens[j].Text == "'" && Tokens[j + 1].Start == Tokens[j].End && (j == 0 || Tokens[j - 1].End < Tokens[j].Start)) return true;
        return false;
    }

    /// <summary>How far back a quotation's opening quote is looked for.</summary>
    private const int QuotedWords = 12;

    public TextSpan SpanOf(int firstToken, int endToken) => new(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    /// <summary>The normalized text of tokens [first, end): one token's own string, or a new one for several (names are
    /// read one capitalized word at a time far more often than as runs).</summary>
    public string TextOf(int firstToken, int endToken) =>
        endToken == firstToken + 1 ? Tokens[firstToken].Text : Normalized[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    /// <summary>The same text as <see cref="TextOf"/>, without making a string: for asking whether a run is a name at all.</summary>
    public ReadOnlySpan<char> CharsOf(int firstToken, int endToken) =>
        Normalized.AsSpan(Tokens[firstToken].Start, Tokens[endToken - 1].End - Tokens[firstToken].Start);
}
