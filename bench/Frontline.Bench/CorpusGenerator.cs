using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;

namespace Frontline.Bench;

/// <summary>
/// A reproducible corpus of realistic war reports: sentences from templates filled with real towns of conflict countries
/// (from the gazetteer files) and real actors (from the catalogue), drawn with a fixed seed, about 2 KB per article.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] ConflictCountries = ["SY", "IQ", "YE", "UA", "SD", "ML", "BF", "NG", "SO", "CD", "AF", "MM", "LB", "PS", "ET", "MX", "CO", "HT"];

    private static readonly string[] Templates =
    [
        "On {date}, {actor} launched airstrikes on {place}, killing at least {n} civilians, a war monitor said.",
        "{actor} fighters clashed with {actor2} near {place} on {weekday}, leaving {n} fighters dead.",
        "Local officials said {actor} shelled residential areas of {place} overnight, wounding {n} people.",
        "Hundreds of protesters gathered in {place} on {weekday} to demand the release of detained activists.",
        "{actor} said it had captured {place} after heavy fighting with {actor2}.",
        "A roadside bomb struck a military vehicle on the outskirts of {place}, killing {n} soldiers.",
        "Gunmen abducted {n} villagers from a farm near {place} last week, residents said.",
        "The foreign minister visited {place} on {weekday} and met officials to discuss a ceasefire.",
        "{actor} withdrew from positions around {place} as {actor2} advanced toward the town.",
        "Aid groups warned that about {n}00 families had fled {place} since the start of the month.",
        "Security forces arrested {n} suspected members of {actor} in {place} on {weekday}.",
        "Drone strikes hit an ammunition depot in {place}, according to the Syrian Observatory for Human Rights.",
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private readonly List<string> _places;
    private readonly List<string> _actors;

    public CorpusGenerator(string dataDirectory, KnowledgeBase kb)
    {
        _places = DataFiles.ReadTable(Path.Combine(dataDirectory, "gazetteer", "places.tsv"))
            .Where(r => ConflictCountries.Contains(r["country"]) && long.Parse(r["population"], CultureInfo.InvariantCulture) >= 20_000)
            .Select(r => r["name"]).OrderBy(n => n, StringComparer.Ordinal).ToList();
        _actors = kb.Actors.NamedActors.Select(a => a.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public IEnumerable<Article> Generate(int count, int seed = 20261126, int targetBytes = 2048)
    {
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var published = start.AddDays(random.Next(0, 365));
            var text = new System.Text.StringBuilder();
            while (text.Length < targetBytes)
            {
                var sentence = Templates[random.Next(Templates.Length)]
                    .Replace("{date}", published.AddDays(-random.Next(0, 6)).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{weekday}", Weekdays[random.Next(Weekdays.Length)], StringComparison.Ordinal)
                    .Replace("{actor2}", _actors[random.Next(_actors.Count)], StringComparison.Ordinal)
                    .Replace("{actor}", _actors[random.Next(_actors.Count)], StringComparison.Ordinal)
                    .Replace("{place}", _places[random.Next(_places.Count)], StringComparison.Ordinal)
                    .Replace("{n}", random.Next(2, 60).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                text.Append(sentence).Append(random.Next(3) == 0 ? "\n\n" : " ");
            }
            yield return new Article($"bench-{i:D6}", published, text.ToString().Trim());
        }
    }
}
