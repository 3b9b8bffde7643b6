using System.Collections.Concurrent;

namespace Frontline.Core.Text;

/// <summary>
/// Numbers the words that dictionaries hold, so that a token's word is hashed once and every dictionary walk
/// after that compares integers (an article's tokens are looked up in a dozen phrase dictionaries).
/// Only dictionary words are numbered; any other word is <see cref="Unknown"/>. Process-wide, like string interning:
/// numbers never change once given, and the set only grows while dictionaries are loaded.
/// </summary>
public static class Vocabulary
{
    public const int Unknown = -1;

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);

    /// <summary>Made once: making it checks the comparer's type, which cost as much as the look-up (every token asks).</summary>
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpan = Ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _count;

    /// <summary>How many words are numbered: a token that found none of them asks again once this grows.</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The number of a dictionary word, given on first sight.</summary>
    public static int Intern(string lower) =>
        Ids.GetOrAdd(lower, static _ => Interlocked.Increment(ref _count) - 1);

    /// <summary>The number of a word if a dictionary holds it, else <see cref="Unknown"/>.</summary>
    public static int Find(string lower) => Ids.TryGetValue(lower, out var id) ? id : Unknown;

    /// <summary>A dictionary word spelled by <paramref name="lower"/>: the word's own string (so a token of it needs no
    /// string of its own) and its number.</summary>
    public static bool TryFind(ReadOnlySpan<char> lower, out string word, out int id) =>
        BySpan.TryGetValue(lower, out word!, out id);
}
