using Prometheus;

namespace Frontline.Watch;

/// <summary>
/// What a watcher counts, as Prometheus metrics (prometheus-net's default registry): the /metrics endpoint of `serve`
/// and of `watch --listen` exports them with the HTTP and .NET runtime metrics.
/// </summary>
public static class WatchMetrics
{
    public static readonly Counter Polls = Metrics.CreateCounter("frontline_watch_polls_total", "Source polls, by outcome (ok, not modified, error)", "outcome");

    public static readonly Counter Responses = Metrics.CreateCounter("frontline_watch_http_responses_total", "HTTP answers by status class (2xx..5xx, or failed: no answer)", "class");

    public static readonly Counter NewArticles = Metrics.CreateCounter("frontline_watch_new_articles_total", "Articles stored by this worker");

    public static readonly Counter Events = Metrics.CreateCounter("frontline_watch_events_total", "Events coded from the articles this worker stored");

    public static readonly Counter Alerts = Metrics.CreateCounter("frontline_watch_alerts_total", "Alerts raised, and webhook deliveries by outcome", "state");

    public static readonly Histogram AnalysisSeconds = Metrics.CreateHistogram("frontline_watch_analysis_seconds", "Analysis time per article",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.0001, 2, 14) });

    public static readonly Histogram LagSeconds = Metrics.CreateHistogram("frontline_watch_publication_lag_seconds",
        "From an item's publication time (as its feed gives it) to its events being stored",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(1, 2, 18) });

    /// <summary>Polls this worker is running now.</summary>
    public static readonly Gauge InFlight = Metrics.CreateGauge("frontline_watch_polls_in_flight", "Polls this worker is running now");

    /// <summary>Sources due and waiting for a worker (the queue), as last seen.</summary>
    public static readonly Gauge Due = Metrics.CreateGauge("frontline_watch_due_sources", "Sources due and not yet leased by any worker (queue depth)");
}
