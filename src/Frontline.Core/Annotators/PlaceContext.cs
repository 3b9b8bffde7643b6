namespace Frontline.Core.Annotators;

/// <summary>What an article has said about where it is: its countries (ISO alpha-2) and the admin1 units it names.
/// A town is read in that light: "Baharak district, Takhar" is the Baharak in Takhar.</summary>
/// <remarks>Unit codes are GeoNames-style: "AF.26" for an admin1 unit, "AF.26.1206" for a district.</remarks>
public sealed class PlaceContext
{
    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Admin1Codes { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Admin2Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>Provinces of the towns the article names: a namesake there is likelier than one far from the rest of the
    /// story (spatial coherence, weaker than a province the article names itself).</summary>
    public HashSet<string> NearbyAdmin1Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the towns and districts the article names without ambiguity lie: a namesake near them is the
    /// likelier one.</summary>
    public List<(double Lat, double Lon)> Anchors { get; } = [];

    /// <summary>Provinces that open fronts of the article's day run through: a weak prior for a village's namesakes.</summary>
    public HashSet<string> ConflictAdmin1Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>Countries the article itself names as places (a country, a province, a large town), as opposed to
    /// countries only implied by its actors ("Israeli strikes" may fall in Gaza).</summary>
    public HashSet<string> NamedCountries { get; } = new(StringComparer.Ordinal);

    public bool Known => NamedCountries.Count > 0;

    public PlaceContext Copy()
    {
        var copy = new PlaceContext();
        copy.Countries.UnionWith(Countries);
        copy.Admin1Codes.UnionWith(Admin1Codes);
        copy.Admin2Codes.UnionWith(Admin2Codes);
        copy.NearbyAdmin1Codes.UnionWith(NearbyAdmin1Codes);
        copy.NamedCountries.UnionWith(NamedCountries);
        copy.ConflictAdmin1Codes.UnionWith(ConflictAdmin1Codes);
        copy.Anchors.AddRange(Anchors);
        return copy;
    }
}
