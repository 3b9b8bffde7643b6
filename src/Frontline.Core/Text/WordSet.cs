using System.Collections;

namespace Frontline.Core.Text;

/// <summary>
/// A closed list of lower-case words ("in", "near", "province"), asked about the tokens around every name and trigger.
/// Its words are numbered in the <see cref="Vocabulary"/>, so asking about a token is a bit test on the number the
/// token already knows, not a string hash; asking about a string still works as for any set.
/// </summary>
public sealed class WordSet : IReadOnlySet<string>
{
    private readonly HashSet<string> _words;
    private readonly WordBits _numbers = new();

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var word in _words) _numbers.Add(Vocabulary.Intern(word));
    }

    /// <summary>Whether the token is one of the words (by its lower-case form).</summary>
    public bool Contains(Token token) => _numbers.Contains(token.Word);

    public bool Contains(string item) => _words.Contains(item);

    /// <summary>Whether any token in [from, to) is one of the words.</summary>
    public bool AnyIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (Contains(tokens[k])) return true;
        return false;
    }

    public int Count => _words.Count;

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => _words.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _words.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _words.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _words.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _words.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _words.SetEquals(other);
}
