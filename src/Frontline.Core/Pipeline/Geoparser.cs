using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Pipeline;

/// <summary>One toponym in an article: its characters [<see cref="Start"/>, <see cref="End"/>), the place read for it,
/// how sure the reading is (0 to 1) and the reasons.</summary>
public sealed record Toponym(int Start, int End, string Text, Place Place, double Confidence, IReadOnlyList<string> Why);

/// <summary>
/// Every toponym of an article, geocoded: the analyzer's own place annotator (so `geoparse` shows exactly the places
/// events are put at), with each reading's reasons. For `frontline geoparse`.
/// </summary>
public sealed class Geoparser(KnowledgeBase kb)
{
    private readonly ActorAnnotator _actors = new(kb);
    private readonly PlaceAnnotator _places = new(kb);
    private readonly PlaceResolver _resolver = new(kb.Gazetteer, kb.ResolverWeights);

    public IReadOnlyList<Toponym> Parse(Article article)
    {
        var doc = new Document(article, kb.Splitter);
        var (places, context) = _places.AnnotateInContext(doc, _actors.Annotate(doc));
        var tokens = doc.Tokens;
        // A world region ("Asia", "the Americas", "the Pacific") outranks a village of that name or a sound-alike one,
        // and a longer region outranks a place inside its name ("America" in "North America").
        var covered = new bool[tokens.Count];
        var strong = places.Where(IsStrong).ToList();
        foreach (var m in strong) Cover(covered, m.Range);
        var regions = Regions(doc, covered, strong);
        var found = new List<Toponym>(places.Count + regions.Count);
        foreach (var m in places)
        {
            if (regions.Any(r => r.Range.First < m.Range.End && m.Range.First < r.Range.End)) continue;
            // "the capital": the event's place, read from the dateline, but no name in the text.
            if (!m.Surface.Any(char.IsUpper)) continue;
            Cover(covered, m.Range);
            // "Kenya's capital": the text names the country; the capital it points to is the event's place, not a toponym.
            if (CountryBeforeCapital(doc, m) is { } named)
            {
                found.Add(named);
                continue;
            }
            var start = tokens[m.Range.First].Start;
            var end = tokens[m.Range.End - 1].End;
            var why = PlaceReasons.Of(m.Place, m.Surface, context, UnitHint.None, kb.ResolverWeights);
            if (m.Candidates.Count > 1) why.Add($"{m.Candidates.Count} candidates");
            found.Add(new Toponym(start, end, article.Text[start..end], AtItsMiddle(m.Place, why), Confidence(m, context), why));
        }
        foreach (var (range, region) in regions)
        {
            Cover(covered, range);
            var start = tokens[range.First].Start;
            var end = tokens[range.End - 1].End;
            found.Add(new Toponym(start, end, article.Text[start..end], region, 0.9, ["region", $"feature {region.Feature}"]));
        }
        AddCountriesInNames(doc, context, covered, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private Toponym? CountryBeforeCapital(Document doc, PlaceMention m)
    {
        var t = doc.Tokens;
        if (m.Range.End - m.Range.First < 3 || t[m.Range.End - 1].Lower != "capital" || t[m.Range.End - 2].Lower != "'s") return null;
        var start = t[m.Range.First].Start;
        var end = t[m.Range.End - 3].End;
        var name = doc.Article.Text[start..end];
        return kb.Gazetteer.FindCountry(name) is { } country
            ? new Toponym(start, end, name, _resolver.CountryPlace(country), 0.99, ["country", "named before its capital"])
            : null;
    }

    private static bool IsStrong(PlaceMention m) =>
        m.Exact && (m.Place.Precision != PlacePrecision.Place || m.Place.Population >= RegionBeatsTownBelow);

    private static void Cover(bool[] covered, TokenRange range)
    {
        for (var k = range.First; k < range.End; k++) covered[k] = true;
    }

    /// <summary>Population of a town from which its name is read as the town rather than a world region.</summary>
    private const long RegionBeatsTownBelow = 100_000;

    /// <summary>A province named as such is the area, not its capital (where an event known only to the province is
    /// put): the toponym stands at the middle of the province's places.</summary>
    private Place AtItsMiddle(Place place, List<string> why)
    {
        if (place.Precision != PlacePrecision.Admin1 || place.Admin1Code is not { Length: > 3 } code
            || kb.Gazetteer.Admin1(code[..2], code[3..]) is not { } unit) return place;
        why.Add("placed at the middle of the province");
        return place with { Lat = unit.CenterLat, Lon = unit.CenterLon };
    }

    /// <summary>A country's name inside another name or before a noun ("U.S. health officials", "the Kenya Red Cross")
    /// still names the country; the place annotator leaves those to the actors.</summary>
    private void AddCountriesInNames(Document doc, PlaceContext context, bool[] covered, List<Toponym> found)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (covered[i] || !token.IsCapitalized) continue;
            if (CountryNameAt(doc, i, covered) is not var (length, country))
            {
                // "US" the pronoun in a headline, "Chad" the first name: a short name counts in capitals or with its dots.
                if (token.Text.Length <= 3 && !token.IsAllCaps) continue;
                if (kb.NotPlaces.Contains(token) && !token.IsAllCaps) continue;
                // "Island" of "Waiheke Island" is Iceland's own name for itself, not the country in English text.
                if (kb.Cues.FeatureNouns.Contains(token)) continue;
                if (kb.Gazetteer.FindCountry(token.Text) is not { } single) continue;
                (length, country) = (1, single);
            }
            // "the US dollar", "the Lebanese pound": money, not the country.
            if (_places.NamesMoney(tokens, i + length)) continue;
            var end = tokens[i + length - 1].End;
            var text = doc.Article.Text[token.Start..end];
            found.Add(new Toponym(token.Start, end, text, _resolver.CountryPlace(_resolver.CountryMeant(text, country, context)), 0.9,
                ["country", "named inside a longer name"]));
            i += length - 1;
        }
    }

    /// <summary>A country's name of several words at a token, among tokens no other toponym covers ("United States
    /// military laboratory"), longest first.</summary>
    private (int Length, Country Country)? CountryNameAt(Document doc, int first, bool[] covered)
    {
        var uncovered = first;
        while (uncovered < doc.Tokens.Count && !covered[uncovered]) uncovered++;
        return _places.CountryNameAt(doc, first, uncovered, minWords: 2);
    }

    /// <summary>Continents, seas and world regions named in the text, outside the strong places or wholly around
    /// them ("North America" around "America").</summary>
    private List<(TokenRange Range, Place Region)> Regions(Document doc, bool[] covered, List<PlaceMention> strong)
    {
        var tokens = doc.Tokens;
        var regions = new List<(TokenRange, Place)>();
        foreach (var s in doc.Sentences)
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                // "Saudi Arabia", "New Europe Bank": a region's name does not continue a capitalized name.
                if (i > s.FirstToken && tokens[i - 1].IsCapitalized && !covered[i - 1]) continue;
                var (length, region) = kb.Regions.LongestAt(tokens, i, s.EndToken);
                if (region is null) continue;
                var range = new TokenRange(i, i + length);
                if (strong.Any(m => m.Range.First < range.End && range.First < m.Range.End && !StrictlyInside(m.Range, range))) continue;
                regions.Add((range, region));
                i += length - 1;
            }
        return regions;
    }

    private static bool StrictlyInside(TokenRange inner, TokenRange outer) =>
        inner.First >= outer.First && inner.End <= outer.End && inner.End - inner.First < outer.End - outer.First;

    /// <summary>A country is certain; a town called by its own spelling in a country the article names is nearly so;
    /// a sound-alike reading, or one among many namesakes with no country to choose by, is less so.</summary>
    private static double Confidence(PlaceMention m, PlaceContext context)
    {
        if (m.Place.Precision == PlacePrecision.Country) return 0.99;
        var confidence = m.Exact ? 0.8 : 0.55;
        if (context.NamedCountries.Contains(m.Place.CountryIso2)) confidence += 0.15;
        else if (context.Countries.Contains(m.Place.CountryIso2)) confidence += 0.05;
        if (m.Candidates.Count > 3 && !context.Countries.Contains(m.Place.CountryIso2)) confidence -= 0.15;
        return Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2);
    }
}
