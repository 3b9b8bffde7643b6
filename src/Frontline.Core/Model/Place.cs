namespace Frontline.Core.Model;

public enum PlacePrecision { Place, Admin2, Admin1, Country }

/// <summary>A geocoded location: a gazetteer entry, an admin1 or admin2 unit (at its seat) or a country (at its centroid).
/// <see cref="Admin1Code"/> is the GeoNames-style code of its province ("SY.09") when known; <see cref="Feature"/> its
/// GeoNames feature code ("PPLA", "ADM1", "PCLI", "AIRP").</summary>
public sealed record Place(
    string Name,
    string Id,
    double Lat,
    double Lon,
    string CountryIso2,
    string? Admin1,
    PlacePrecision Precision,
    long Population = 0,
    string? CountryName = null,
    string? Admin2 = null,
    string? Admin1Code = null,
    string? Feature = null)
{
    public double DistanceKm(Place other) => Geo.HaversineKm(Lat, Lon, other.Lat, other.Lon);
}

public static class Geo
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>The point <paramref name="km"/> from a point on a bearing (degrees clockwise from north), on a sphere, to
    /// four decimals.</summary>
    public static (double Lat, double Lon) PointAt(double lat, double lon, double km, double bearing)
    {
        static double Rad(double d) => d * Math.PI / 180;
        static double Deg(double r) => r * 180 / Math.PI;
        var angle = km / EarthRadiusKm;
        var (phi, lambda, theta) = (Rad(lat), Rad(lon), Rad(bearing));
        var phi2 = Math.Asin(Math.Sin(phi) * Math.Cos(angle) + Math.Cos(phi) * Math.Sin(angle) * Math.Cos(theta));
        var lambda2 = lambda + Math.Atan2(Math.Sin(theta) * Math.Sin(angle) * Math.Cos(phi), Math.Cos(angle) - Math.Sin(phi) * Math.Sin(phi2));
        return (Math.Round(Deg(phi2), 4), Math.Round((Deg(lambda2) + 540) % 360 - 180, 4));
    }

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        double ToRad(double d) => d * Math.PI / 180.0;
        var dLat = ToRad(lat2 - lat1);
        var dLon = ToRad(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(ToRad(lat1)) * Math.Cos(ToRad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }
}
