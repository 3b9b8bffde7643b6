using Frontline.Core.Text;

namespace Frontline.Core.Knowledge;

/// <summary>
/// One trie over token sequences for a whole dictionary: a single left-to-right scan finds every entry,
/// instead of one regex per entry. Keys are lower-cased tokens produced by the same <see cref="Tokenizer"/>
/// that reads articles, so "cease-fire" and "U.S." match exactly as they are tokenized in text.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        /// <summary>Keyed by <see cref="Vocabulary"/> number.</summary>
        public Dictionary<int, Node>? Next;
        public List<T>? Values;
    }

    private readonly Node _root = new();
    private bool _hasWildcard;

    /// <summary>The words entries start with: most tokens start none, and a bit test says so before any trie look-up
    /// (every token of an article is asked of a dozen dictionaries).</summary>
    private readonly WordBits _firstWords = new();

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(TextNormalizer.Normalize(phrase));
        if (tokens.Count == 0) return;
        var node = _root;
        _firstWords.Add(Vocabulary.Intern(tokens[0].Lower));
        foreach (var t in tokens)
        {
            _hasWildcard |= t.Lower == Wildcard;
            node.Next ??= [];
            var word = Vocabulary.Intern(t.Lower);
            if (!node.Next.TryGetValue(word, out var child)) node.Next[word] = child = new Node();
            node = child;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) node.Values.Add(value);
        Count++;
    }

    /// <summary>The longest entry starting at token <paramref name="start"/> (and ending before <paramref name="limit"/>).
    /// A "*" in an entry stands for any one word ("seize/V * munitions" matches "seized 800 munitions"); the exact word
    /// is tried first.</summary>
    public (int Length, IReadOnlyList<T> Values) LongestAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        if (start >= limit || !_firstWords.Contains(tokens[start].Word) && !_firstWords.Contains(WildcardWord)) return (0, []);
        if (_hasWildcard)
        {
            var found = (0, (IReadOnlyList<T>)[]);
            Walk(_root, tokens, start, start, limit, ref found);
            return found;
        }
        // The common case, no wildcard in the dictionary: one walk down the trie, no allocation.
        var node = _root;
        var best = (0, (IReadOnlyList<T>)[]);
        for (var i = start; i < limit && node.Next != null; i++)
        {
            if (!node.Next.TryGetValue(tokens[i].Word, out var child)) break;
            node = child;
            if (node.Values != null) best = (i - start + 1, node.Values);
        }
        return best;
    }

    private static void Walk(Node node, IReadOnlyList<Token> tokens, int start, int i, int limit, ref (int Length, IReadOnlyList<T> Values) best)
    {
        if (i >= limit || node.Next is null) return;
        if (node.Next.TryGetValue(tokens[i].Word, out var child)) Visit(child, tokens, start, i, limit, ref best);
        // Any word, the hyphen of a compound ("pro-STC") or a plural's possessive mark ("the victims' bodies"); never a comma or
        // a period.
        if (node.Next.TryGetValue(WildcardWord, out var any) && (tokens[i].Kind != TokenKind.Punctuation || tokens[i].Text is "-" or "'" or "’"))
            Visit(any, tokens, start, i, limit, ref best);
    }

    private static void Visit(Node child, IReadOnlyList<Token> tokens, int start, int i, int limit, ref (int Length, IReadOnlyList<T> Values) best)
    {
        if (child.Values != null && i - start + 1 > best.Length) best = (i - start + 1, child.Values);
        Walk(child, tokens, start, i + 1, limit, ref best);
    }

    private const string Wildcard = "*";
    private static readonly int WildcardWord = Vocabulary.Intern(Wildcard);

    /// <summary>All non-overlapping longest matches in [from, to), scanning left to right.</summary>
    public Matches Scan(IReadOnlyList<Token> tokens, int from, int to) => new(this, tokens, from, to);

    /// <summary>Whether any entry starts in [from, to) and ends before <paramref name="to"/>.</summary>
    public bool AnyIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (LongestAt(tokens, i, to).Length > 0) return true;
        return false;
    }

    /// <summary>The matches of one scan, enumerated in a foreach without allocating: every sentence is scanned by a
    /// dozen dictionaries.</summary>
    public struct Matches(PhraseMatcher<T> matcher, IReadOnlyList<Token> tokens, int from, int to)
    {
        private int _next = from;

        public (int Start, int Length, IReadOnlyList<T> Values) Current { get; private set; }

        public readonly Matches GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < to)
            {
                var (length, values) = matcher.LongestAt(tokens, _next, to);
                if (length == 0)
                {
                    _next++;
                    continue;
                }
                Current = (_next, length, values);
                _next += length;
                return true;
            }
            return false;
        }
    }
}
