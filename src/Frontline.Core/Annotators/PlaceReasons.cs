using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>Why a place was read for a name, in words a user checks: the match, the unit word, the context's
/// countries and provinces, the population. One list for `geocode` and `geoparse`.</summary>
public static class PlaceReasons
{
    /// <param name="weights">The resolver's weights: the distances it reads as near another town and as on a contact line.</param>
    public static List<string> Of(Place p, string name, PlaceContext context, UnitHint hint, ResolverWeights weights)
    {
        var plainName = TransliterationKey.Plain(name);
        var why = new List<string> { p.Precision.ToString().ToLowerInvariant() };
        if (p.Id.StartsWith(EstimatedPlaces.IdPrefix, StringComparison.Ordinal))
        {
            why.Add("not in the gazetteer: placed by its distance and bearing from another place named");
            return why;
        }
        why.Add(TransliterationKey.Plain(p.Name) == plainName ? "same spelling" : "spelling variant");
        if (hint != UnitHint.None) why.Add($"named as {(hint == UnitHint.Admin1 ? "a province" : "a district")}");
        if (context.NamedCountries.Contains(p.CountryIso2)) why.Add("country named in the context");
        else if (context.Countries.Contains(p.CountryIso2)) why.Add("country the context implies (its actors, its other places)");
        if (p.Admin1Code is { } code && context.Admin1Codes.Contains(code) && p.Precision == PlacePrecision.Place) why.Add("in a province the context names");
        else if (p.Admin1Code is { } nearby && p.Precision == PlacePrecision.Place && context.InProvinceOfAnotherTown(nearby, plainName))
            why.Add("in the province of another town named");
        if (p.Precision == PlacePrecision.Place && context.NearAnotherTown(p.Lat, p.Lon, weights.NearKm, plainName)) why.Add("near another place named");
        if (p.Admin1Code is { } zone && context.ConflictAdmin1Codes.Contains(zone) && p.Precision == PlacePrecision.Place) why.Add("on a front open that day");
        if (p.Precision == PlacePrecision.Place && context.OnAContactLine(p.Lat, p.Lon, p.CountryIso2, weights.ContactLineKm)) why.Add("on the contact line of that day");
        if (p.Population > 0) why.Add($"population {p.Population:N0}");
        return why;
    }
}
