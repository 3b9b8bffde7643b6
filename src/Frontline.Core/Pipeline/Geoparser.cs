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

    public IReadOnlyList<Toponym> Parse(Article article)
    {
        var doc = new Document(article, kb.Splitter);
        var (places, context) = _places.AnnotateInContext(doc, _actors.Annotate(doc));
        var tokens = doc.Tokens;
        var found = new List<Toponym>(places.Count);
        foreach (var m in places)
        {
            var start = tokens[m.Range.First].Start;
            var end = tokens[m.Range.End - 1].End;
            var why = PlaceReasons.Of(m.Place, m.Surface, context, UnitHint.None);
            if (m.Candidates.Count > 1) why.Add($"{m.Candidates.Count} candidates");
            found.Add(new Toponym(start, end, article.Text[start..end], m.Place, Confidence(m, context), why));
        }
        return found;
    }

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
