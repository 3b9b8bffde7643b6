using System.Globalization;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Knowledge;

/// <summary>
/// Continents, oceans, seas and the world regions news names ("Africa", "the Middle East", "Darfur", "the Black Sea"),
/// from data/gazetteer/regions.tsv: areas that no gazetteer table holds as one place. The geoparser reports them; an
/// event is never put at a continent.
/// </summary>
public sealed class WorldRegions
{
    private readonly Dictionary<string, Place> _byName = new(StringComparer.Ordinal);
    private readonly int _longest;

    /// <summary>The lower-cased first words of the names: most capitalized words open none, and are passed at once.</summary>
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    public WorldRegions(string path)
    {
        foreach (var row in DataFiles.ReadTable(path))
        {
            var place = new Place(row["name"], $"region:{row["name"]}", Number(row["lat"]), Number(row["lon"]), row["country"], null,
                PlacePrecision.Country, Feature: row["feature"]);
            foreach (var name in row["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(row["name"]))
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                _byName[Key(words)] = place;
                _firstWords.Add(words[0].Split('-')[0].ToLowerInvariant());
                // In text a hyphen is a token of its own: "Sub-Saharan Africa" takes four.
                _longest = Math.Max(_longest, words.Length + 2 * name.Count(c => c == '-'));
            }
        }
    }

    /// <summary>The longest region name starting at token <paramref name="first"/> (before <paramref name="end"/>), with
    /// its length in tokens. A region name opens with a capital and does not run on into a longer name ("Pacific Gas",
    /// "Atlantic Council").</summary>
    public (int Length, Place? Region) LongestAt(IReadOnlyList<Token> tokens, int first, int end)
    {
        // "sub-Saharan Africa": a hyphened prefix may open a region's name in lower case.
        var opens = tokens[first].IsCapitalized || (first + 1 < end && tokens[first + 1].Text == "-");
        if (!opens || !_firstWords.Contains(tokens[first].Lower)) return (0, null);
        for (var length = Math.Min(_longest, end - first); length > 0; length--)
        {
            // Punctuation has an empty key: "Asia ," must not match as "Asia" with the comma.
            if (tokens[first + length - 1].Kind != TokenKind.Word) continue;
            var words = new string[length];
            for (var k = 0; k < length; k++) words[k] = tokens[first + k].Text;
            if (!_byName.TryGetValue(Key(words), out var region)) continue;
            var next = first + length;
            if (next < end && tokens[next].IsCapitalized) return (0, null);
            return (length, region);
        }
        return (0, null);
    }

    /// <summary>Accents and case do not matter; the hyphen of "Sub-Saharan" is a token of its own in text.</summary>
    private static string Key(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => TransliterationKey.Plain(w)).Where(w => w.Length > 0));

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
