namespace Frontline.Core.Knowledge;

/// <summary>A populated place from the GeoNames-derived gazetteer.</summary>
public sealed record GazetteerEntry(
    long GeonameId,
    string Name,
    string CountryIso2,
    string Admin1Code,
    string Admin2Code,
    double Lat,
    double Lon,
    long Population,
    string Feature);

/// <summary>A first-level administrative unit (province, governorate, oblast, state), placed at its most populous town
/// (where ACLED puts an event known only to its province); <see cref="CenterLat"/>, <see cref="CenterLon"/> is the middle
/// of its places' extent, where a map puts the province itself; <see cref="Population"/> the sum of its places'.</summary>
public sealed record Admin1Unit(string Code, string CountryIso2, string Name, double Lat, double Lon, double CenterLat, double CenterLon, long Population);

/// <summary>A second-level unit (district, county, LGA, commune), placed at its most populous town; <see cref="Admin1Code"/>
/// is the full "CC.A1" code of the province it lies in; <see cref="Population"/> the sum of its places'.</summary>
public sealed record Admin2Unit(string Code, string CountryIso2, string Admin1Code, string Name, double Lat, double Lon, long Population);
