using System.Globalization;
using System.Text;

namespace Frontline.Core.Text;

/// <summary>
/// Keys that make transliteration variants of one name equal. <see cref="Plain"/> drops case, diacritics,
/// ayn/hamza marks and punctuation ("Ma‘arrat" -> "maarrat"). <see cref="Phonetic"/> goes further:
/// Arabic article forms (al-, ez-, ash-) dropped, word-initial families unified (Tel/Tall, Deir/Dayr,
/// Bou/Abou/Albu/Abu), then a consonant skeleton with doubled letters collapsed, so that
/// "Tel Abyad", "Tall Abyad" and "Tal Abyaḑ" meet, as do "Deir ez-Zor" and "Dayr az Zawr".
/// </summary>
public static class TransliterationKey
{
    private static readonly HashSet<string> ArticleForms =
        ["al", "el", "ad", "ar", "as", "az", "ash", "an", "at", "ath", "adh", "ed", "er", "es", "ez", "en", "et", "ul", "il"];

    private static readonly Dictionary<string, string> WordFamilies = new()
    {
        ["tel"] = "tall",
        ["tal"] = "tall",
        ["tell"] = "tall",
        ["deir"] = "dayr",
        ["dair"] = "dayr",
        ["der"] = "dayr",
        ["bou"] = "abu",
        ["abou"] = "abu",
        ["albu"] = "abu",
        ["abu"] = "abu",
        ["bu"] = "abu",
        ["jabal"] = "jabal",
        ["jebel"] = "jabal",
        ["djebel"] = "jabal",
        ["kafr"] = "kafr",
        ["kfar"] = "kafr",
        ["kafar"] = "kafr",
        ["ain"] = "ayn",
        ["ein"] = "ayn",
        ["ayn"] = "ayn",
        ["ras"] = "ras",
        ["sheikh"] = "shaykh",
        ["shaikh"] = "shaykh",
        ["shaykh"] = "shaykh",
        ["kiev"] = "kyiv",
        ["kyiv"] = "kyiv",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup = ArticleForms.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FamilyLookup = WordFamilies.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Plain(string name)
    {
        // A character adds at most three letters (a Hangul syllable decomposes into three jamo; accents are dropped).
        Span<char> buffer = name.Length <= 96 ? stackalloc char[3 * name.Length] : new char[3 * name.Length];
        return new string(buffer[..Plain(name, buffer)]);
    }

    /// <summary>Writes the plain key of <paramref name="name"/> into <paramref name="buffer"/> (three characters per
    /// character of the name) and returns its length: for lookups that need no string.</summary>
    public static int Plain(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var n = 0;
        var lastSpace = true;
        foreach (var ch in name)
        {
            if (ch < FoldTableSize)
            {
                var folded = FoldTable[ch];
                Append(folded.Kind, folded.Letter, buffer, ref n, ref lastSpace);
                continue;
            }
            foreach (var part in ch.ToString().Normalize(NormalizationForm.FormD))
            {
                var (kind, letter) = Classify(part);
                Append(kind, letter, buffer, ref n, ref lastSpace);
            }
        }
        while (n > 0 && buffer[n - 1] == ' ') n--;
        return n;
    }

    private static void Append(CharKind kind, char letter, Span<char> buffer, ref int n, ref bool lastSpace)
    {
        if (kind == CharKind.Letter)
        {
            buffer[n++] = letter;
            lastSpace = false;
        }
        else if (kind == CharKind.Separator && !lastSpace)
        {
            buffer[n++] = ' ';
            lastSpace = true;
        }
    }

    private enum CharKind : byte { Dropped, Letter, Separator }

    /// <summary>Characters below this are folded by table: decomposing and lower-casing each through ICU on every key
    /// cost more than everything else a key takes.</summary>
    private const int FoldTableSize = 0x3000;

    private static readonly (CharKind Kind, char Letter)[] FoldTable = BuildFoldTable();

    private static (CharKind, char)[] BuildFoldTable()
    {
        var table = new (CharKind, char)[FoldTableSize];
        for (var c = 0; c < FoldTableSize; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch)) { table[c] = (CharKind.Separator, ' '); continue; }
            var decomposed = ch < 0x80 ? ch.ToString() : ch.ToString().Normalize(NormalizationForm.FormD);
            // Canonical decompositions below U+3000 are one base character and marks.
            table[c] = Classify(decomposed[0]);
        }
        return table;
    }

    /// <summary>What a decomposed character adds to a plain key: a lower-case letter or digit, a word break, or nothing
    /// (accents, ayn and hamza marks, apostrophes and dots: "Ma'arrat", "Ma‘arrat" and "Maarrat" meet).</summary>
    private static (CharKind, char) Classify(char ch)
    {
        if (ch >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) return (CharKind.Dropped, '\0');
        var c = TextNormalizer.Fold(ch);
        if (char.IsLetterOrDigit(c)) return (CharKind.Letter, char.ToLowerInvariant(Ascii(c)));
        if (c == '\'' || c == '\u02BF' || c == '\u02BE' || c == '.') return (CharKind.Dropped, '\0');
        return (CharKind.Separator, ' ');
    }

    /// <summary>A name as an English text writes it: case, spaces and hyphens kept, diacritics and ayn/hamza marks
    /// dropped ("Şa‘dah" -> "Sadah", "Diyarbakır" -> "Diyarbakir", "Wadi ash Shati'" -> "Wadi ash Shati").</summary>
    public static string Romanized(string name)
    {
        if (IsAscii(name) && !name.Contains('\'')) return name;
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (ch >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = TextNormalizer.Fold(ch);
            if (c == '\'') continue;
            builder.Append(Ascii(c));
        }
        return builder.ToString().Trim();
    }

    public static string Phonetic(string name) => PhoneticOfPlain(Plain(name));

    /// <summary>The phonetic key of a name already reduced by <see cref="Plain"/> (saves the work when both are needed).</summary>
    public static string PhoneticOfPlain(string plain)
    {
        Span<Range> words = stackalloc Range[Math.Min(64, plain.Length / 2 + 1)];
        var count = plain.AsSpan().Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        Span<char> output = plain.Length + 10 <= 256 ? stackalloc char[plain.Length + 10] : new char[plain.Length + 10];
        var n = 0;
        var letters = 0;
        var syllables = 0;
        for (var i = 0; i < count; i++)
        {
            var w = plain.AsSpan(words[i]);
            if (count > 1 && i < count - 1 && ArticleLookup.Contains(w)) continue;
            // Glued article: "alhasakah" / "albab" keep the stem only.
            if (w.Length > 5 && w.StartsWith("al", StringComparison.Ordinal) && i == 0 && count == 1) w = w[2..];
            if (FamilyLookup.TryGetValue(w, out var family)) w = family;
            var start = n == 0 ? 0 : n + 1;
            var written = Skeleton(w, output[start..], ref syllables);
            if (written == 0) continue;
            if (n > 0) output[n] = ' ';
            n = start + written;
            letters += written;
        }
        // A short skeleton matches too many names alone: it is told apart by how many syllables the name has inside it
        // ("Jbine" and "Jubbayn" one, "Basira" and "Al Busayrah" one, "Hims" none and "Hamas" one).
        if (letters < ShortSkeleton && n + 2 <= output.Length)
        {
            output[n++] = SyllableMark;
            output[n++] = (char)('0' + Math.Min(syllables, 9));
        }
        return new string(output[..n]);
    }

    /// <summary>Skeletons of fewer letters than this carry their name's syllable count after <see cref="SyllableMark"/>.</summary>
    public const int ShortSkeleton = 4;

    public const char SyllableMark = '#';

    /// <summary>Whether a phonetic key is a short skeleton with its syllable count: a weak match, for a village only where
    /// the article says it is.</summary>
    public static bool IsShort(string key) => key.Contains(SyllableMark);

    /// <summary>How many consonants a phonetic key holds (its syllable count and spaces aside).</summary>
    public static int SkeletonLetters(string key)
    {
        var letters = 0;
        foreach (var c in key)
        {
            if (c == SyllableMark) break;
            if (c != ' ') letters++;
        }
        return letters;
    }

    /// <summary>First letter kept, later vowels and semi-vowels (a e i o u y w) and h after a consonant dropped,
    /// doubled letters collapsed, common endings unified (-iyah/-iyya/-ieh, -ov/-iv, a silent final h); q written as k,
    /// since transliterations swap them. Writes into <paramref name="into"/> and returns the length; adds the word's
    /// syllables (runs of vowels) to <paramref name="syllables"/>.</summary>
    private static int Skeleton(ReadOnlySpan<char> word, Span<char> into, ref int syllables)
    {
        if (word.Length <= 2)
        {
            word.CopyTo(into);
            syllables += Syllables(word);
            return word.Length;
        }
        Span<char> w = stackalloc char[word.Length + 1];
        word.CopyTo(w);
        var length = word.Length;
        if (w[..length].EndsWith("iyah") || w[..length].EndsWith("iyya")) { length -= 3; w[length - 1] = 'i'; }
        else if (w[..length].EndsWith("ieh") || w[..length].EndsWith("iya")) { length -= 2; w[length - 1] = 'i'; }
        if (w[..length].EndsWith("ov") || w[..length].EndsWith("iv")) { length -= 1; w[length - 1] = 'v'; }
        // The Arabic feminine ending is written with and without its h: "Maskanah" and "Maskana", "Quqfinah" and "Qoqfin".
        if (length > 3 && w[length - 1] == 'h' && IsVowel(w[length - 2])) length--;
        syllables += Syllables(w[..length]);
        for (var i = 0; i < length; i++) if (w[i] == 'q') w[i] = 'k';
        // Arabic dhal is written "dh" and "th" alike ("Dhiban", "Thiban").
        for (var i = 0; i + 1 < length; i++) if (w[i] == 'd' && w[i + 1] == 'h') w[i] = 't';
        var n = 0;
        into[n++] = w[0];
        for (var i = 1; i < length; i++)
        {
            var c = w[i];
            if (IsVowel(c)) continue;
            if (c == 'h' && !"kgsdtz".Contains(w[i - 1]) && !IsVowel(w[i - 1])) continue;
            if (into[n - 1] == c) continue;
            into[n++] = c;
        }
        return n;
    }

    /// <summary>Runs of vowels inside a word: not a final one, nor one right after the first letter, which
    /// transliterations write or drop at will ("Quqfinah" and "Qoqfin", "Fatirah" and "Ftireh", "Zaytan" and "Zeitan"
    /// have one).</summary>
    private static int Syllables(ReadOnlySpan<char> word)
    {
        var end = word.Length;
        while (end > 2 && IsVowel(word[end - 1])) end--;
        var i = 1;
        while (i < end && IsVowel(word[i])) i++;
        var runs = 0;
        for (; i < end; i++)
            if (IsVowel(word[i]) && !IsVowel(word[i - 1])) runs++;
        return runs;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';

    private static bool IsAscii(string s)
    {
        foreach (var c in s) if (c > 0x7F) return false;
        return true;
    }

    // Letters that NFD does not decompose but that transliterations write with a plain letter.
    private static char Ascii(char c) => c switch
    {
        'ı' => 'i',
        'ø' or 'Ø' => 'o',
        'đ' or 'Đ' => 'd',
        'ł' or 'Ł' => 'l',
        'ß' => 's',
        'æ' => 'a',
        'œ' => 'o',
        _ => c,
    };

    /// <summary>Whether two spellings are near enough to be one name once a sound-alike key matched them: at most three
    /// edits in ten of the plain forms without their Arabic articles ("Sulaimaniyah"/"Sulaymaniyah", "Gezira"/"Al Jazirah",
    /// "Urozgan"/"Oruzgan"; not "Mossoro"/"Missouri").</summary>
    public static bool CloseSpelling(string a, string b)
    {
        var pa = WithoutArticles(Plain(a));
        var pb = WithoutArticles(Plain(b));
        return Quickenshtein.Levenshtein.GetDistance(pa, pb) <= 0.3 * Math.Max(pa.Length, pb.Length);
    }

    private static string WithoutArticles(string plain) =>
        string.Join(' ', plain.Split(' ').Where(w => !ArticleForms.Contains(w)));
}
