namespace Frontline.Core.Knowledge;

/// <summary>A country with its codes, the names and demonyms that refer to it, and a centroid.</summary>
public sealed record Country(string Iso2, string Iso3, string Name, string Demonym, double Lat, double Lon, string? Capital)
{
    /// <summary>The name ACLED's data gives the country, where it differs ("Turkey" for Türkiye): ACLED-style actor
    /// names are built with it.</summary>
    public string AcledName { get; init; } = Name;
}
