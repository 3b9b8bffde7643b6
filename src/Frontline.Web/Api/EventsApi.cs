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
            return Results.Json(gate.Use(s => Page(s, f)), AnalysisJson.Compact);
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

    /// <summary>One page of the matching incidents, newest first, merged as the store's events stream by: only the
    /// incidents up to the page's end are held (a bounded heap), never the store's events.</summary>
    private static EventPage Page(IEventStore store, EventFilter f)
    {
        var wanted = (long)f.Page * f.PageSize;
        var kept = new PriorityQueue<EventSummary, EventSummary>(LastInListFirst);
        var total = 0;
        string? first = null, last = null;
        foreach (var i in IncidentMerger.MergeInDateOrder(store.EventsInDateOrder(f.ToQuery())))
        {
            if (f.Admin1 is not null && !string.Equals(i.Event.Location?.Admin1, f.Admin1, StringComparison.OrdinalIgnoreCase)) continue;
            if (f.Box is not null && !(i.Event.Location is { } l && f.Box.Contains(l.Lat, l.Lon))) continue;
            total++;
            var day = i.Event.Date.Start;
            if (first is null || string.CompareOrdinal(day, first) < 0) first = day;
            if (last is null || string.CompareOrdinal(day, last) > 0) last = day;
            var summary = Summary(i);
            if (kept.Count < wanted) kept.Enqueue(summary, summary);
            else if (LastInListFirst.Compare(summary, kept.Peek()) > 0) kept.EnqueueDequeue(summary, summary);
        }
        var newestFirst = new List<EventSummary>(kept.Count);
        while (kept.Count > 0) newestFirst.Add(kept.Dequeue());
        newestFirst.Reverse();
        var items = newestFirst.Skip((f.Page - 1) * f.PageSize).ToList();
        return new EventPage(total, f.Page, f.PageSize, first, last, items);
    }

    /// <summary>The list's order reversed (the list is newest first, then by id): the heap's top is the row that would
    /// come last, the one to drop when a row that comes earlier arrives.</summary>
    private static readonly Comparer<EventSummary> LastInListFirst = Comparer<EventSummary>.Create((a, b) =>
    {
        var byDate = string.CompareOrdinal(a.Date, b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(b.Id, a.Id);
    });

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
