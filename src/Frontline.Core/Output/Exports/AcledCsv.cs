using System.Globalization;
using CsvHelper;

namespace Frontline.Core.Output.Exports;

/// <summary>
/// Events as an ACLED-style CSV: ACLED's column names in ACLED's order, so tools written for ACLED exports (pandas,
/// R) read it unchanged. Frontline has no region, admin3 or source scale: those cells are empty.
/// </summary>
public static class AcledCsv
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static void Write(TextWriter writer, IEnumerable<EventDto> events, DateTimeOffset exportedAt)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in Columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var e in events.Where(e => e.Acled is not null))
        {
            foreach (var cell in Row(e, exportedAt)) csv.WriteField(cell);
            csv.NextRecord();
        }
    }

    private static IEnumerable<string?> Row(EventDto e, DateTimeOffset exportedAt)
    {
        var a = e.Acled!;
        var l = e.Location;
        string? Name(ActorDto? actor) => actor is null ? null : actor.AcledName ?? actor.Name;
        return
        [
            e.Id, e.Date.Start, e.Date.Start[..4], TimePrecision(e.Date.Precision), a.DisorderType, a.EventType, a.SubEventType,
            Name(e.Actor1), string.Join("; ", e.AssociatedActors.Select(x => Name(x))), Num(a.Inter1), Name(e.Actor2), null, Num(a.Inter2),
            Num(a.Interaction), a.CivilianTargeting, l?.Country, null, l?.CountryName, l?.Admin1, l?.Admin2, null, l?.Name,
            l is null ? null : Coordinate(l.Lat), l is null ? null : Coordinate(l.Lon), GeoPrecision(l?.Precision),
            string.Join("; ", e.Sources), null, Notes(e), Num((int?)(e.Fatalities ?? 0)), e.Modality == "asserted" ? null : e.Modality,
            exportedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>ACLED: 1 the day is known, 2 the week, 3 the month or longer.</summary>
    private static string TimePrecision(string precision) => precision switch { "day" => "1", "week" => "2", _ => "3" };

    /// <summary>ACLED: 1 the place itself, 2 a nearby place or its district, 3 the province or country.</summary>
    private static string? GeoPrecision(string? precision) => precision switch { null => null, "place" => "1", "admin2" => "2", _ => "3" };

    private static string Notes(EventDto e) => $"{e.Summary}. Evidence: {string.Join(" ", e.Evidence.Select(x => x.Text))}";

    private static string? Num(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static string Coordinate(double d) => d.ToString("0.#####", CultureInfo.InvariantCulture);
}
