using System.Diagnostics.Metrics;

namespace Frontline.Watch;

/// <summary>
/// What a watcher counts, on .NET's metrics API (meter "Frontline.Watch"): the Prometheus endpoint of `serve` and of
/// `watch --listen` exports it (prometheus-net's meter adapter), as would any OpenTelemetry exporter.
/// </summary>
public static class WatchMetrics
{
    public static readonly Meter Meter = new("Frontline.Watch");

    public static readonly Counter<long> Polls = Meter.CreateCounter<long>("frontline_watch_polls", description: "Source polls, by outcome (ok, not modified, error)");

    public static readonly Counter<long> Responses = Meter.CreateCounter<long>("frontline_watch_http_responses", description: "HTTP answers by status class (2xx..5xx, or failed: no answer)");

    public static readonly Counter<long> NewArticles = Meter.CreateCounter<long>("frontline_watch_new_articles", description: "Articles stored by this worker");

    public static readonly Counter<long> Events = Meter.CreateCounter<long>("frontline_watch_events", description: "Events coded from the articles this worker stored");

    public static readonly Counter<long> Alerts = Meter.CreateCounter<long>("frontline_watch_alerts", description: "Alerts raised, and webhook deliveries by outcome");

    public static readonly Histogram<double> AnalysisSeconds = Meter.CreateHistogram<double>("frontline_watch_analysis_seconds", unit: "s", description: "Analysis time per article");

    public static readonly Histogram<double> LagSeconds = Meter.CreateHistogram<double>("frontline_watch_publication_lag_seconds", unit: "s", description: "From an item's publication time (as its feed gives it) to its events being stored");

    private static int _inFlight;
    private static int _due;

    /// <summary>Polls this worker is running now.</summary>
    public static void InFlight(int polls) => _inFlight = polls;

    /// <summary>Sources due and waiting for a worker (the queue), as last seen.</summary>
    public static void Due(int sources) => _due = sources;

    static WatchMetrics()
    {
        Meter.CreateObservableGauge("frontline_watch_polls_in_flight", () => _inFlight, description: "Polls this worker is running now");
        Meter.CreateObservableGauge("frontline_watch_due_sources", () => _due, description: "Sources due and not yet leased by any worker (queue depth)");
    }
}
