using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// The columns a stored row is found and filtered by, beside its packed JSON (an event's place and toll are kept here
/// for the ingest log, not stored as columns). A prepared batch waits for the writer with
/// these and the JSON only: the output record they come from (evidence, sources, backers) dies on the worker that made
/// it, so little of a batch is promoted by the collector while it waits.
/// </summary>
public sealed record EventColumns(
    string Id, string DateStart, string DateEnd,
    string? EventType, string? SubEventType, string? Cameo, string? Plover,
    string? Country, string? Admin1, string? Location, double? Lat, double? Lon,
    string? Actor1, string? Actor1Acled, string? Actor1Country,
    string? Actor2, string? Actor2Acled, string? Actor2Country,
    int? Fatalities)
{
    public static EventColumns Of(EventDto e) => new(
        e.Id, e.Date.Start, e.Date.End, e.Acled?.EventType, e.Acled?.SubEventType, e.Cameo, e.Plover?.Type,
        e.Location?.Country, e.Location?.Admin1, e.Location?.Name, e.Location?.Lat, e.Location?.Lon,
        e.Actor1?.Name, e.Actor1?.AcledName, e.Actor1?.Country, e.Actor2?.Name, e.Actor2?.AcledName, e.Actor2?.Country,
        e.Fatalities);
}

public sealed record ControlColumns(string DateStart, string DateEnd)
{
    public static ControlColumns Of(ControlChangeDto c) => new(c.Date.Start, c.Date.End);
}
