using System.Net.ServerSentEvents;
using Frontline.Core.Output;
using Frontline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Frontline.Web.Api;

/// <summary>A source as the Sources page shows it.</summary>
public sealed record SourceView(
    string Url, string Every, bool Enabled, string? LastPoll, string? Status, string? LastError, string NextPoll, string? LeasedBy,
    long Polls, long Items, long Errors, int FailingInARow);

/// <summary>The watcher's side of the API: its sources and their state, the alerts raised, and the live stream of new
/// events and alerts (server-sent events).</summary>
public static class WatchApi
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/sources", (StoreGate gate) =>
            Results.Json(gate.Ledger(l => l.Sources()).Select(View).ToList(), AnalysisJson.Compact))
            .WithSummary("The watched sources: last poll, status, items, errors, next poll, which worker holds each");

        app.MapGet("/api/alerts", (StoreGate gate, int? limit) =>
            Results.Json(gate.Ledger(l => l.Alerts(Math.Clamp(limit ?? 200, 1, 1000))).Select(AlertView.Of).ToList(), AnalysisJson.Compact))
            .WithSummary("Alerts raised by the watchers' rules, newest first, with their webhook delivery");

        app.MapGet("/api/stream", async (LiveFeed feed, HttpContext context) =>
            {
                // The headers go out at once, so a client knows the stream is open before the first message.
                context.Response.ContentType = "text/event-stream";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.StartAsync(context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                try
                {
                    await SseFormatter.WriteAsync(Stream(feed, context.RequestAborted), context.Response.Body, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client went away.
                }
            })
            .WithSummary("Live stream (server-sent events): 'event' for each newly stored event, 'alert' for each new alert");
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(LiveFeed feed, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        await foreach (var message in feed.Subscribe(cancel)) yield return new SseItem<string>(message.Json, message.Kind);
    }

    private static SourceView View(SourceState s) => new(
        s.Url, s.Every.ToString(), s.Enabled, Iso(s.LastPoll), s.LastStatus, s.LastError, Iso(s.NextPoll)!, s.LeaseOwner, s.Polls, s.Items, s.Errors, s.Failures);

    private static string? Iso(DateTimeOffset? t) => t is { } time ? AnalysisMapper.Iso(time) : null;
}
