using Frontline.Core.Input;
using Frontline.Core.Knowledge;
using Frontline.Core.Output;
using Frontline.Core.Output.Report;
using Frontline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Frontline.Web.Api;

/// <summary>The picture across reports: control history, the backing/alliance graph, the situation report, and the
/// country outlines the map draws offline.</summary>
public static class PictureApi
{
    public static string CountriesPath => Path.Combine(DataFiles.DefaultDirectory, "geo", "countries.geojson");

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/control", (HttpRequest request, StoreGate gate) =>
        {
            var at = EventFilter.Date(request.Query, "at");
            var place = EventFilter.Text(request.Query, "place");
            var timeline = gate.Use(s => ControlTimeline.FromMostPreciseFirst(s.ControlChangesMostPreciseFirst(new EventQuery(Until: at, Limit: int.MaxValue)), place, at));
            return Results.Json(timeline, AnalysisJson.Compact);
        })
        .WithSummary("Who holds which place at a date (default: the latest), with each place's history")
        .WithDescription("Parameters: at (YYYY-MM-DD), place (any common spelling).")
        .Produces<IReadOnlyList<PlaceControl>>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/relations", (HttpRequest request, StoreGate gate) =>
        {
            var window = new EventQuery(EventFilter.Date(request.Query, "since"), EventFilter.Date(request.Query, "until"), Limit: int.MaxValue);
            var graph = gate.Use(s => ActorGraph.Build(s.EventsInDateOrder(window), s.Relations(window)));
            return Results.Json(graph, AnalysisJson.Compact);
        })
        .WithSummary("Actors and the backing/alliance graph, each edge with its evidence count")
        .WithDescription("Parameters: since, until (YYYY-MM-DD).")
        .Produces<ActorGraph>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/report", (HttpRequest request, StoreGate gate) =>
        {
            var since = EventFilter.Date(request.Query, "since");
            var until = EventFilter.Date(request.Query, "until");
            var format = EventFilter.Text(request.Query, "format") ?? "md";
            if (format is not ("md" or "html")) throw new InputException("format", null, "must be md or html");
            var country = CountryFilter.Parse(EventFilter.Text(request.Query, "country"), "country");
            var report = gate.Use(s => StoredReport.Build(s, since, until, country));
            return format == "html"
                ? Results.Content(HtmlReport.Write(report, DateTimeOffset.UtcNow, CountriesPath), "text/html; charset=utf-8")
                : Results.Content(MarkdownReport.Write(report, DateTimeOffset.UtcNow), "text/markdown; charset=utf-8");
        })
        .WithSummary("Situation report (Markdown or self-contained HTML), every line cited")
        .WithDescription("Parameters: since, until (YYYY-MM-DD), country, format (md or html).")
        .Produces<string>(contentType: "text/markdown").ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/event-types", () => Results.Json(ReportFigures.TypeColours, AnalysisJson.Compact))
            .WithSummary("The ACLED event types and the colour each is drawn in (the report's map and the dashboard share them)");

        app.MapGet("/api/geo/countries", () => Results.File(CountriesPath, "application/geo+json"))
            .WithSummary("Country outlines (Natural Earth 1:50m, public domain) for the offline base map");
    }
}
