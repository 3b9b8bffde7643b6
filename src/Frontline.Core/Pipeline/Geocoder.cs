using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Pipeline;

/// <summary>One candidate place for a name, with the reasons it ranks where it does.</summary>
public sealed record GeocodeCandidate(Place Place, bool Chosen, IReadOnlyList<string> Why);

/// <summary>
/// Geocodes one name the way the analyzer does inside an article: the optional context text is read first (its
/// countries, provinces and districts, from places and actors), a trailing unit word ("... province",
/// "... district") gives the unit hint, and the resolver ranks the candidates. For `frontline geocode`.
/// </summary>
public sealed class Geocoder(KnowledgeBase kb)
{
    private readonly PlaceResolver _resolver = new(kb.Gazetteer, kb.ResolverWeights);
    private readonly ActorAnnotator _actors = new(kb);
    private readonly PlaceAnnotator _places = new(kb);

    public IReadOnlyList<GeocodeCandidate> Geocode(string name, string? context, DateOnly? at = null)
    {
        var placeContext = new PlaceContext();
        if (!string.IsNullOrWhiteSpace(context))
        {
            var doc = new Document(new Article("context", at ?? DateOnly.FromDateTime(DateTime.UtcNow), context), kb.Splitter);
            placeContext = _places.Context(doc, _actors.Annotate(doc));
        }
        var (bare, hint) = UnitWord(name.Trim());
        var resolution = _resolver.Resolve(bare, placeContext, hint);
        if (resolution is null) return [];
        var all = new List<Place> { resolution.Best };
        all.AddRange(resolution.Candidates.Where(c => c.Id != resolution.Best.Id));
        return all.Select(p => new GeocodeCandidate(p, p.Id == resolution.Best.Id, PlaceReasons.Of(p, bare, placeContext, hint, kb.ResolverWeights))).ToList();
    }

    private (string Name, UnitHint Hint) UnitWord(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space < 0) return (name, UnitHint.None);
        var last = name[(space + 1)..].ToLowerInvariant();
        if (kb.Cues.Admin1Nouns.Contains(last)) return (name[..space], UnitHint.Admin1);
        if (kb.Cues.Admin2Nouns.Contains(last)) return (name[..space], UnitHint.Admin2);
        return (name, UnitHint.None);
    }
}
