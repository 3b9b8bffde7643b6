using System.Globalization;
using Frontline.Core.Model;

namespace Frontline.Core.Knowledge;

/// <summary>Where a war's contact line ran for some dates: the towns along it, in order, joined by straight segments
/// (data/gazetteer/contact-lines.tsv).</summary>
public sealed class ContactLine(string key, DateOnly from, DateOnly? to, IReadOnlySet<string> countries, (double Lat, double Lon)[] points)
{
    public string Key { get; } = key;

    /// <summary>The countries the line runs through or along: a namesake across another border is no village of that war.</summary>
    public IReadOnlySet<string> Countries { get; } = countries;
    public DateOnly From { get; } = from;
    public DateOnly? To { get; } = to;
    public IReadOnlyList<(double Lat, double Lon)> Points { get; } = points;

    private readonly double _south = points.Min(p => p.Lat), _north = points.Max(p => p.Lat);
    private readonly double _west = points.Min(p => p.Lon), _east = points.Max(p => p.Lon);

    public bool IsOpenOn(DateOnly day) => FrontLines.OpenOn(From, To, day);

    /// <summary>Whether the point lies within <paramref name="km"/> of the line. Segments are short (tens of
    /// kilometres), so each is measured on a flat map centred on the point.</summary>
    public bool Within(double lat, double lon, double km)
    {
        // A degree of latitude is 111 km and one of longitude less: the box test errs on the near side.
        var margin = km / 111.0;
        if (lat < _south - margin || lat > _north + margin) return false;
        var lonMargin = margin / Math.Max(0.1, Math.Cos(lat * Math.PI / 180));
        if (lon < _west - lonMargin || lon > _east + lonMargin) return false;
        var kmPerLon = 111.32 * Math.Cos(lat * Math.PI / 180);
        for (var i = 1; i < points.Length; i++)
        {
            var (ax, ay) = ((points[i - 1].Lon - lon) * kmPerLon, (points[i - 1].Lat - lat) * 110.57);
            var (bx, by) = ((points[i].Lon - lon) * kmPerLon, (points[i].Lat - lat) * 110.57);
            if (SegmentDistance(ax, ay, bx, by) <= km) return true;
        }
        return points.Length == 1 && Geo.HaversineKm(lat, lon, points[0].Lat, points[0].Lon) <= km;
    }

    /// <summary>Distance from the origin to the segment between two points of a flat map.</summary>
    private static double SegmentDistance(double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var lengthSquared = dx * dx + dy * dy;
        var t = lengthSquared == 0 ? 0 : Math.Clamp(-(ax * dx + ay * dy) / lengthSquared, 0, 1);
        var (x, y) = (ax + t * dx, ay + t * dy);
        return Math.Sqrt(x * x + y * y);
    }
}

/// <summary>
/// The contact lines of today's and recent wars. Reports of fighting name villages that have namesakes across their
/// country ("Vodiane", "Novooleksandrivka"); a report with nothing else to tell them apart most likely means the one on
/// the line of its day. Each line is a list of towns with their GeoNames coordinates, so it can be checked against a
/// map of the war; its dates bound the period it describes.
/// </summary>
public sealed class ContactLines
{
    private readonly List<ContactLine> _lines = [];

    public ContactLines(string path)
    {
        foreach (var row in DataFiles.ReadTable(path))
        {
            var points = row["towns"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(town => Point(path, row["key"], town)).ToArray();
            if (points.Length == 0) throw new InvalidDataException($"{path}: line '{row["key"]}' has no towns");
            var countries = row["countries"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            if (countries.Count == 0 || countries.Any(c => c.Length != 2)) throw new InvalidDataException($"{path}: line '{row["key"]}' names no countries as ISO codes");
            _lines.Add(new ContactLine(row["key"], FrontLines.Day(path, row["from"]), row["to"].Length == 0 ? null : FrontLines.Day(path, row["to"]), countries, points));
        }
    }

    public IReadOnlyList<ContactLine> All => _lines;

    /// <summary>"Avdiivka 48.140 37.750": a town's name, then its latitude and longitude.</summary>
    private static (double Lat, double Lon) Point(string path, string key, string town)
    {
        var parts = town.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3
            && double.TryParse(parts[^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && Math.Abs(lat) <= 90
            && double.TryParse(parts[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && Math.Abs(lon) <= 180)
            return (lat, lon);
        throw new InvalidDataException($"{path}: line '{key}': '{town}' is not 'Town latitude longitude'");
    }
}
