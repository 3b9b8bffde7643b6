using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Frontline.Core.Output.Report;

/// <summary>
/// The report's two figures as inline SVG, so the HTML file stands alone (no tile server, no script, no network):
/// a map of the incidents over country outlines (equirectangular, fitted to the incidents, a dot per place and event
/// type, sized by toll and coloured by type) and a timeline of events per day.
/// </summary>
public static class ReportFigures
{
    /// <summary>Colours per ACLED event type, shared with the dashboard's legend.</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeColours = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Battles"] = "#c0392b",
        ["Explosions/Remote violence"] = "#d35400",
        ["Violence against civilians"] = "#8e44ad",
        ["Protests"] = "#2471a3",
        ["Riots"] = "#b7950b",
        ["Strategic developments"] = "#1e8449",
    };

    private const string OtherColour = "#566573";

    public static string Map(IReadOnlyList<MapDot> dots, string countriesGeoJsonPath)
    {
        if (dots.Count == 0) return "";
        var (west, east) = (dots.Min(d => d.Lon), dots.Max(d => d.Lon));
        var (south, north) = (dots.Min(d => d.Lat), dots.Max(d => d.Lat));
        // At least 8 degrees across, with a margin, so one town's events still show their surroundings.
        var pad = Math.Max(1.5, Math.Max(8 - (east - west), 8 - (north - south)) / 2);
        (west, east, south, north) = (west - pad, east + pad, Math.Max(-85, south - pad), Math.Min(85, north + pad));
        // Longitudes shrink by the cosine of the latitude: scaling x by it keeps shapes true at the map's middle.
        var k = Math.Cos((north + south) / 2 * Math.PI / 180);
        var width = (east - west) * k;
        var height = north - south;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"map-title\" viewBox=\"{F(west * k)} {F(-north)} {F(width)} {F(height)}\" preserveAspectRatio=\"xMidYMid meet\" class=\"map\">");
        svg.Append("<title id=\"map-title\">Map of the events in this report</title>");
        foreach (var path in CountryPaths(countriesGeoJsonPath, west, east, south, north, k))
            svg.Append("<path d=\"").Append(path).Append("\" fill=\"#f4f1ea\" stroke=\"#9a9a9a\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>");
        var unit = Math.Max(width, height) / 160;
        // The largest first, so smaller dots stay visible on top of them.
        foreach (var d in dots.OrderByDescending(d => d.Fatalities))
        {
            var r = unit * (1 + Math.Sqrt(d.Fatalities) / 2);
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{F(d.Lon * k)}\" cy=\"{F(-d.Lat)}\" r=\"{F(r)}\" fill=\"{Colour(d.EventType)}\" fill-opacity=\"0.75\" stroke=\"#222\" stroke-width=\"0.5\" vector-effect=\"non-scaling-stroke\"><title>{WebUtility.HtmlEncode(d.Label)}</title></circle>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Timeline(IReadOnlyDictionary<DateOnly, int> byDay)
    {
        if (byDay.Count == 0) return "";
        var first = byDay.Keys.Min();
        var days = byDay.Keys.Max().DayNumber - first.DayNumber + 1;
        const double width = 800, height = 160, bottom = 20;
        var peak = byDay.Values.Max();
        var bar = width / days;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 {width} {height}\" class=\"timeline\">");
        svg.Append("<title id=\"timeline-title\">Events per day</title>");
        foreach (var (day, count) in byDay.OrderBy(kv => kv.Key))
        {
            var h = (height - bottom - 10) * count / peak;
            var x = (day.DayNumber - first.DayNumber) * bar;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{F(x)}\" y=\"{F(height - bottom - h)}\" width=\"{F(Math.Max(1, bar * 0.8))}\" height=\"{F(h)}\" fill=\"#2471a3\"><title>{AnalysisMapper.Iso(day)}: {count} event(s)</title></rect>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{height - 4}\" font-size=\"12\" fill=\"#222\">{AnalysisMapper.Iso(first)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width}\" y=\"{height - 4}\" font-size=\"12\" fill=\"#222\" text-anchor=\"end\">{AnalysisMapper.Iso(first.AddDays(days - 1))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"12\" font-size=\"12\" fill=\"#222\">peak {peak} event(s) a day</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Colour(string? eventType) => TypeColours.GetValueOrDefault(eventType ?? "", OtherColour);

    /// <summary>SVG path data of the countries whose bounding box meets the view (x is the longitude times k, y minus the latitude).</summary>
    private static IEnumerable<string> CountryPaths(string path, double west, double east, double south, double north, double k)
    {
        if (!File.Exists(path)) yield break;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            if (geometry.ValueKind != JsonValueKind.Object) continue;
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates")]
                : geometry.GetProperty("coordinates").EnumerateArray().ToList();
            var d = new StringBuilder();
            var (minLon, maxLon, minLat, maxLat) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
            foreach (var ring in polygons.SelectMany(p => p.EnumerateArray()))
            {
                var first = true;
                foreach (var point in ring.EnumerateArray())
                {
                    var (lon, lat) = (point[0].GetDouble(), point[1].GetDouble());
                    (minLon, maxLon, minLat, maxLat) = (Math.Min(minLon, lon), Math.Max(maxLon, lon), Math.Min(minLat, lat), Math.Max(maxLat, lat));
                    d.Append(first ? 'M' : 'L').Append(F(lon * k)).Append(' ').Append(F(-lat));
                    first = false;
                }
                d.Append('Z');
            }
            if (minLon <= east && maxLon >= west && minLat <= north && maxLat >= south) yield return d.ToString();
        }
    }

    private static string F(double v) => Math.Round(v, 3).ToString(CultureInfo.InvariantCulture);
}
