using Frontline.Core.Corpus;
using Frontline.Core.Output;
using Frontline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Frontline.Web.Api;

/// <summary>One row of the event list: a real event (reports merged across articles) with what the map and list show.</summary>
public sealed record EventSummary(
    string Id, string Date, string DateEnd, string? EventType, string? SubEventType, string Summary, string? Actor1, string? Actor2,
    LocationDto? Location, int? Fatalities, int? FatalitiesMax, int Reports);

/// <summary>A page of events, the total matched, and the first and last date among them (the time slider's range).</summary>
public sealed record EventPage(int Total, int Page, int PageSize, string? FirstDate, string? LastDate, IReadOnlyList<EventSummary> Items);

/// <summary>One event in full: the incident (merged coding, every report, disagreements) and each report's article.</summary>
public sealed record EventDetail(Incident Incident, IReadOnlyDictionary<string, StoredArticle> Articles);

/// <summary>GET /api/events (filtered, paged, merged across articles) and GET /api/events/{id} (one event with its reports' articles).</summary>
public static class EventsApi
{
    /// <summary>Reports of one event lie within a day of each other; a wider window keeps merging the same as the full corpus's.</summary>
    private const int DetailWindowDays = 7;

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/events", (HttpRequest request, StoreGate gate) =>
        {
            var f = EventFilter.Parse(request.Query);
            var events = gate.Use(s => s.Events(f.ToQuery()));
            var matched = IncidentMerger.Merge(events)
                .Where(i => f.Admin1 is null || string.Equals(i.Event.Location?.Admin1, f.Admin1, StringComparison.OrdinalIgnoreCase))
                .Where(i => f.Box is null || i.Event.Location is { } l && f.Box.Contains(l.Lat, l.Lon))
                .OrderByDescending(i => i.Event.Date.Start, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)
                .ToList();
            var items = matched.Skip((f.Page - 1) * f.PageSize).Take(f.PageSize).Select(Summary).ToList();
            var first = matched.Count == 0 ? null : matched.Min(i => i.Event.Date.Start);
            var last = matched.Count == 0 ? null : matched.Max(i => i.Event.Date.Start);
            return Results.Json(new EventPage(matched.Count, f.Page, f.PageSize, first, last, items), AnalysisJson.Compact);
        })
        .WithSummary("Events, one per real event (reports merged across articles), newest first")
        .WithDescription("Filters: since, until (YYYY-MM-DD), country (ISO code or name), admin1, type (ACLED type or sub-type, CAMEO code, PLOVER type), actor (part of a name), bbox (west,south,east,north); paging: page, page_size (1-1000).")
        .Produces<EventPage>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/events/{**id}", (string id, StoreGate gate) =>
        {
            var detail = gate.Use(s => Detail(s, id));
            return detail is null
                ? Problems.Result(StatusCodes.Status404NotFound, "No such event", $"no stored event has the id '{id}'")
                : Results.Json(detail, AnalysisJson.Compact);
        })
        .WithSummary("One event with every report, its evidence and the articles' texts")
        .Produces<EventDetail>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static EventDetail? Detail(IEventStore store, string id)
    {
        if (id.Length > 200) return null;
        var stored = store.Events(new EventQuery(EventId: id, Limit: 1)).FirstOrDefault();
        if (stored is null) return null;
        var window = new EventQuery(stored.Date.StartDay().AddDays(-DetailWindowDays), stored.Date.EndDay().AddDays(DetailWindowDays), Limit: int.MaxValue);
        var incident = IncidentMerger.Merge(store.Events(window)).First(i => i.Reports.Any(r => r.EventId == id));
        var articles = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        foreach (var r in incident.Reports)
            if (store.ArticleOf(r.EventId) is { } a) articles[r.EventId] = a;
        return new EventDetail(incident, articles);
    }

    private static EventSummary Summary(Incident i)
    {
        var e = i.Event;
        return new EventSummary(i.Id, e.Date.Start, e.Date.End, e.Acled?.EventType, e.Acled?.SubEventType, e.Summary, e.Actor1?.Name, e.Actor2?.Name,
            e.Location, e.Fatalities, i.FatalitiesMax, i.Reports.Count);
    }
}
