using System.Buffers;

namespace Frontline.Core.Text;

/// <summary>
/// Folds typographic variants (curly quotes, dashes, odd spaces) to plain ASCII, one char for one char,
/// so every offset in the normalized text is the same offset in the original and evidence stays exact.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        // Most text has none of the variants: one vectorized search finds that, and the text is its own normal form.
        var first = text.AsSpan().IndexOfAny(Foldable);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (dest, state) =>
        {
            var (src, i) = state;
            src.AsSpan(0, i).CopyTo(dest);
            while (i < src.Length)
            {
                dest[i] = Fold(src[i]);
                i++;
                // The plain run up to the next variant is copied as it is.
                var run = src.AsSpan(i).IndexOfAny(Foldable);
                if (run < 0) run = src.Length - i;
                src.AsSpan(i, run).CopyTo(dest[i..]);
                i += run;
            }
        });
    }

    /// <summary>Every char <see cref="Fold"/> changes.</summary>
    private static readonly SearchValues<char> Foldable = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => Fold(c) != c).ToArray());

    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201F' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\t' => ' ',
        '\u0000' => ' ',
        _ => c,
    };
}
