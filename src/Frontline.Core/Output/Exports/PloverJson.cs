using System.Text.Json.Nodes;

namespace Frontline.Core.Output.Exports;

/// <summary>Events in PLOVER's event-data form: type and mode, actor and recipient with their countries, date, location,
/// the magnitudes (dead, injured, size), the source text spans. Events without a PLOVER type are left out.</summary>
public static class PloverJson
{
    public static void Write(TextWriter writer, IEnumerable<EventDto> events)
    {
        ExportJson.WriteArray(writer, events.Where(e => e.Plover is not null).Select(Item));
    }

    private static JsonNode Item(EventDto e)
    {
        var p = e.Plover!;
        return new JsonObject
        {
            ["id"] = e.Id,
            ["date"] = e.Date.Start,
            ["date_end"] = e.Date.End,
            ["event_type"] = p.Type,
            ["mode"] = p.Mode,
            ["actor"] = e.Actor1?.Name,
            ["actor_country"] = e.Actor1?.Country,
            ["recipient"] = e.Actor2?.Name,
            ["recipient_country"] = e.Actor2?.Country,
            ["magnitude"] = new JsonObject { ["dead"] = p.Dead, ["injured"] = p.Injured, ["size"] = p.Size },
            ["location"] = e.Location is null ? null : new JsonObject
            {
                ["name"] = e.Location.Name,
                ["country"] = e.Location.Country,
                ["admin1"] = e.Location.Admin1,
                ["lat"] = e.Location.Lat,
                ["lon"] = e.Location.Lon,
            },
            ["cameo"] = e.Cameo,
            ["modality"] = e.Modality,
            ["text"] = string.Join(" ", e.Evidence.Select(x => x.Text)),
            ["source_article"] = e.ArticleId,
        };
    }
}
