using System.Globalization;
using System.Text;

namespace Frontline.Core.Text;

/// <summary>
/// Keys that make transliteration variants of one name equal. <see cref="Plain"/> drops case, diacritics,
/// ayn/hamza marks and punctuation ("Tall Rif‘at" -> "tall rifat"). <see cref="Phonetic"/> goes further:
/// Arabic article forms (al-, ez-, ash-) dropped, word-initial families unified (Tel/Tall, Deir/Dayr,
/// Bou/Abou/Albu/Abu), then a consonant skeleton with doubled letters collapsed, so that
/// "Tel Rifaat", "Tall Rifat" and "Tall Rif'at" meet, as do "Deir ez-Zor" and "Dayr az Zawr".
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

    public static string Plain(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = TextNormalizer.Fold(ch);
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(Ascii(c)));
                lastSpace = false;
            }
            else if (c == '\'' || c == '\u02BF' || c == '\u02BE' || c == '.') continue;
            else if (!lastSpace)
            {
                sb.Append(' ');
                lastSpace = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    public static string Phonetic(string name)
    {
        var words = Plain(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (words.Length > 1 && i < words.Length - 1 && ArticleForms.Contains(w)) continue;
            // Glued article: "alhasakah" / "albab" keep the stem only.
            if (w.Length > 5 && w.StartsWith("al", StringComparison.Ordinal) && i == 0 && words.Length == 1) w = w[2..];
            if (WordFamilies.TryGetValue(w, out var family)) w = family;
            w = Skeleton(w);
            if (w.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(w);
        }
        return sb.ToString();
    }

    /// <summary>First letter kept, later vowels and semi-vowels (a e i o u y w) and h after a consonant dropped,
    /// doubled letters collapsed, common endings unified (-iyah/-iyya/-ieh, -ov/-iv).</summary>
    private static string Skeleton(string w)
    {
        if (w.Length <= 2) return w;
        if (w.EndsWith("iyah", StringComparison.Ordinal) || w.EndsWith("iyya", StringComparison.Ordinal)) w = w[..^4] + "i";
        else if (w.EndsWith("ieh", StringComparison.Ordinal) || w.EndsWith("iya", StringComparison.Ordinal)) w = w[..^3] + "i";
        if (w.EndsWith("ov", StringComparison.Ordinal) || w.EndsWith("iv", StringComparison.Ordinal)) w = w[..^2] + "v";
        // q and k, and a "kh"/"gh" pair, stand for close Arabic and Hebrew sounds that transliterations swap.
        w = w.Replace('q', 'k');
        var sb = new StringBuilder(w.Length);
        sb.Append(w[0]);
        for (var i = 1; i < w.Length; i++)
        {
            var c = w[i];
            if ("aeiouyw".Contains(c)) continue;
            if (c == 'h' && i > 0 && "kgsdtz".Contains(w[i - 1]) == false && "aeiouyw".Contains(w[i - 1]) == false) continue;
            if (sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
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
}
