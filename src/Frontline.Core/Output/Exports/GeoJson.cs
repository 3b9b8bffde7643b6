using System.Text.Json.Nodes;

namespace Frontline.Core.Output.Exports;

/// <summary>Events as an RFC 7946 FeatureCollection: one Point feature per located event, coordinates [longitude,
/// latitude] in WGS 84, the event's codes, actors, toll and summary as properties (QGIS and web maps open it).</summary>
public static class GeoJson
{
    public static void Write(TextWriter writer, IEnumerable<EventDto> events)
    {
        ExportJson.WriteArray(writer, events.Where(e => e.Location is not null).Select(Feature), json =>
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WritePropertyName("features");
        });
    }

    private static JsonNode Feature(EventDto e)
    {
        var l = e.Location!;
        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = e.Id,
            ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(Math.Round(l.Lon, 5), Math.Round(l.Lat, 5)) },
            ["properties"] = new JsonObject
            {
                ["date_start"] = e.Date.Start,
                ["date_end"] = e.Date.End,
                ["event_type"] = e.Acled?.EventType,
                ["sub_event_type"] = e.Acled?.SubEventType,
                ["cameo"] = e.Cameo,
                ["plover"] = e.Plover?.Type,
                ["actor1"] = e.Actor1?.Name,
                ["actor2"] = e.Actor2?.Name,
                ["fatalities"] = e.Fatalities,
                ["place"] = l.Name,
                ["admin1"] = l.Admin1,
                ["country"] = l.Country,
                ["precision"] = l.Precision,
                ["summary"] = e.Summary,
                ["article_id"] = e.ArticleId,
            },
        };
    }
}
