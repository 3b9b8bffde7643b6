using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;

namespace Frontline.Bench;

/// <summary>
/// A reproducible corpus of realistic war reports, drawn with a fixed seed, about 2 KB per article. Like a wire report,
/// each article covers one country's conflict: its towns come from that country's gazetteer rows (one in ten from any
/// of the conflict countries, as reports mention a neighbour) and its actors from that country's catalogue entries (one
/// in five from anywhere, as foreign forces and backers are named). About a third of the sentences are background,
/// quotes and diplomacy with no event in them, so an article carries ten to fifteen events, as the seed report does.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] ConflictCountries = ["SY", "IQ", "YE", "UA", "SD", "ML", "BF", "NG", "SO", "CD", "AF", "MM", "LB", "PS", "ET", "MX", "CO", "HT"];

    private static readonly string[] EventTemplates =
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
        "Drone strikes hit an ammunition depot in {place}, according to a local monitoring group.",
    ];

    private static readonly string[] BackgroundTemplates =
    [
        "The war in {country} has killed tens of thousands of people and displaced millions since it began.",
        "\"We are afraid to leave our homes,\" a resident of {place} told reporters by telephone.",
        "A spokesman for {actor} did not respond to a request for comment.",
        "The United Nations has repeatedly called for humanitarian access to the area.",
        "Talks between the two sides stalled last month over the release of prisoners.",
        "Prices of bread and fuel in {place} have doubled since the fighting intensified.",
        "Analysts say neither side is strong enough to win outright.",
        "The claims could not be independently verified.",
    ];

    /// <summary>Background and quotes make up about a third of an article's sentences.</summary>
    private const int BackgroundPerSentences = 3;

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private readonly List<Theatre> _theatres;
    private readonly List<string> _allPlaces;
    private readonly List<string> _allActors;

    /// <summary>One country's conflict: its name, towns and actors.</summary>
    private sealed record Theatre(string Country, List<string> Places, List<string> Actors);

    public CorpusGenerator(string dataDirectory, KnowledgeBase kb)
    {
        var towns = DataFiles.ReadTable(Path.Combine(dataDirectory, "gazetteer", "places.tsv"))
            .Where(r => ConflictCountries.Contains(r["country"]) && long.Parse(r["population"], CultureInfo.InvariantCulture) >= 20_000)
            .Select(r => (Country: r["country"], Name: r["name"]))
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var actors = kb.Actors.NamedActors.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        var countries = DataFiles.ReadTable(Path.Combine(dataDirectory, "gazetteer", "countries.tsv")).ToDictionary(r => r["iso2"]);
        _theatres = ConflictCountries.Select(iso2 => new Theatre(
            countries[iso2]["name"],
            towns.Where(t => t.Country == iso2).Select(t => t.Name).ToList(),
            actors.Where(a => a.Country3 == countries[iso2]["iso3"]).Select(a => a.Name).ToList())).ToList();
        _allPlaces = towns.Select(t => t.Name).ToList();
        _allActors = actors.Select(a => a.Name).ToList();
    }

    public IEnumerable<Article> Generate(int count, int seed = 20261126, int targetBytes = 2048)
    {
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var published = start.AddDays(random.Next(0, 365));
            var theatre = _theatres[random.Next(_theatres.Count)];
            string Place() => random.Next(10) == 0 || theatre.Places.Count == 0 ? Pick(random, _allPlaces) : Pick(random, theatre.Places);
            string Actor() => random.Next(5) == 0 || theatre.Actors.Count == 0 ? Pick(random, _allActors) : Pick(random, theatre.Actors);
            var text = new System.Text.StringBuilder();
            while (text.Length < targetBytes)
            {
                var templates = random.Next(BackgroundPerSentences) == 0 ? BackgroundTemplates : EventTemplates;
                var sentence = Pick(random, templates)
                    .Replace("{date}", published.AddDays(-random.Next(0, 6)).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{weekday}", Pick(random, Weekdays), StringComparison.Ordinal)
                    .Replace("{country}", theatre.Country, StringComparison.Ordinal)
                    .Replace("{actor2}", Actor(), StringComparison.Ordinal)
                    .Replace("{actor}", Actor(), StringComparison.Ordinal)
                    .Replace("{place}", Place(), StringComparison.Ordinal)
                    .Replace("{n}", random.Next(2, 60).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                text.Append(sentence).Append(random.Next(3) == 0 ? "\n\n" : " ");
            }
            yield return new Article($"bench-{i:D6}", published, text.ToString().Trim());
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
