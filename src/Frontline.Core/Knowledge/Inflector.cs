namespace Frontline.Core.Knowledge;

/// <summary>English inflections for lexicon entries: "capture/V" -> capture, captures, captured, capturing;
/// "airstrike/N" -> airstrike, airstrikes. Irregular verbs come from data (irregular-verbs.tsv).</summary>
public sealed class Inflector(IReadOnlyDictionary<string, string[]> irregularVerbs)
{
    private readonly HashSet<string> _irregularPast = irregularVerbs.Values.SelectMany(f => new[] { f[1], f[2] }).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a lower-case word reads as a past tense or participle: an irregular one from the table, or a
    /// regular "-ed" form ("lost", "gained", "armed"; "need" and "speed" are not).</summary>
    public bool IsPastForm(string lower) =>
        _irregularPast.Contains(lower)
        || lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("eed", StringComparison.Ordinal);

    public IEnumerable<string> VerbForms(string verb)
    {
        if (irregularVerbs.TryGetValue(verb, out var forms)) return forms.Prepend(verb).Distinct();
        var stem = verb.EndsWith('e') ? verb[..^1] : verb;
        var third = verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x')
            ? verb + "es"
            : EndsWithConsonantY(verb) ? verb[..^1] + "ies" : verb + "s";
        var past = verb.EndsWith('e') ? verb + "d" : EndsWithConsonantY(verb) ? verb[..^1] + "ied" : verb + "ed";
        return new[] { verb, third, past, stem + "ing" }.Distinct();
    }

    public static IEnumerable<string> NounForms(string noun)
    {
        var plural = noun.EndsWith('s') || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith('x')
            ? noun + "es"
            : EndsWithConsonantY(noun) ? noun[..^1] + "ies" : noun + "s";
        return [noun, plural];
    }

    /// <summary>Expands a lexicon form: the one word marked /V or /N is inflected, the rest kept.</summary>
    public IEnumerable<string> Expand(string form)
    {
        var words = form.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            IEnumerable<string>? variants = words[i] switch
            {
                var w when w.EndsWith("/V", StringComparison.Ordinal) => VerbForms(w[..^2]),
                var w when w.EndsWith("/N", StringComparison.Ordinal) => NounForms(w[..^2]),
                _ => null,
            };
            if (variants is null) continue;
            var before = string.Join(' ', words[..i]);
            var after = string.Join(' ', words[(i + 1)..]);
            return variants.Select(v => $"{before} {v} {after}".Trim());
        }
        return [form];
    }

    private static bool EndsWithConsonantY(string w) => w.Length > 1 && w[^1] == 'y' && !"aeiou".Contains(w[^2]);
}
