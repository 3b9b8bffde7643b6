using Frontline.Core.Model;
using Frontline.Core.Output;
using Frontline.Storage;
using Microsoft.Extensions.Logging;

namespace Frontline.Watch;

/// <summary>What a webhook receives for one alert (JSON, snake_case like every Frontline output).</summary>
public sealed record AlertPayload(string Alert, string Kind, string Key, EventDto? Event, ControlChangeDto? ControlChange, AlertArticle Article, string RaisedAt);

/// <summary>The article an alert's event was read from.</summary>
public sealed record AlertArticle(string Id, string? Url, string? Title, string Published);

/// <summary>
/// Matches the rules of the sources file against what a poll stored (its events; its control changes for control
/// rules) and keeps each match once in the ledger (its key is the rule and the stored event's id, so whichever worker
/// stores an article raises its alerts, once).
/// </summary>
public sealed class AlertMatcher(IReadOnlyList<AlertRule> rules)
{
    public IReadOnlyList<NewAlert> Match(IReadOnlyList<(ArticleAnalysis Analysis, string Hash)> stored, DateTimeOffset now)
    {
        var alerts = new List<NewAlert>();
        if (rules.Count == 0) return alerts;
        foreach (var (analysis, hash) in stored)
        {
            var article = analysis.Article;
            var source = new AlertArticle(article.Id, article.Url, article.Title, AnalysisMapper.Iso(article.Published));
            var events = StorableArticle.EventsOf(analysis, hash);
            var changes = analysis.ControlChanges.Select(c => AnalysisMapper.ToDto(c, article)).ToList();
            foreach (var rule in rules)
            {
                foreach (var e in events.Where(rule.Matches))
                    alerts.Add(Alert(rule, $"{rule.Name}|{e.Id}", "event", e.Summary, new AlertPayload(rule.Name, "event", $"{rule.Name}|{e.Id}", e, null, source, AnalysisMapper.Iso(now))));
                for (var i = 0; i < changes.Count; i++)
                {
                    if (!rule.Matches(changes[i])) continue;
                    var key = $"{rule.Name}|{hash[..16]}/control/{i}";
                    var c = changes[i];
                    var summary = $"{c.Location.Name}: {c.From?.Name ?? "?"} -> {c.To?.Name ?? "?"} ({c.Date.Start})";
                    alerts.Add(Alert(rule, key, "control", summary, new AlertPayload(rule.Name, "control", key, null, c, source, AnalysisMapper.Iso(now))));
                }
            }
        }
        return alerts;
    }

    private static NewAlert Alert(AlertRule rule, string key, string kind, string summary, AlertPayload payload) =>
        new(key, rule.Name, $"{rule.Name}: {summary}", AnalysisJson.Serialize(payload, indented: false), rule.Webhook);
}

/// <summary>
/// Delivers raised alerts to their webhooks: an HTTP POST of the alert's JSON (header X-Frontline-Alert carries its key,
/// so a receiver can drop a repeat), leased so that one worker delivers each, recorded as delivered on a 2xx; a failure
/// is tried again with exponential backoff and jitter (30 s doubling, up to an hour), ten times at most.
/// </summary>
public sealed class AlertDeliverer(WatchStore store, WatchOptions options, ILogger logger, TimeProvider clock) : IDisposable
{
    public const int MaxAttempts = 10;

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Delivers the alerts due now; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        var due = store.Ledger(l => l.LeaseDeliveries(options.Worker, now, TimeSpan.FromMinutes(1), 20));
        var delivered = 0;
        foreach (var alert in due)
        {
            string? error = null;
            try
            {
                using var content = new StringContent(alert.Payload, System.Text.Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, alert.Webhook) { Content = content };
                request.Headers.Add("X-Frontline-Alert", Uri.EscapeDataString(alert.Key));
                request.Headers.UserAgent.ParseAdd(options.Fetch.UserAgent);
                using var response = await _http.SendAsync(request, cancel);
                if (!response.IsSuccessStatusCode) error = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
            {
                error = e is TaskCanceledException ? "no answer within 10 s" : e.Message;
            }
            var attempts = alert.Attempts + 1;
            DateTimeOffset? next = error is null || attempts >= MaxAttempts ? null : clock.GetUtcNow() + Backoff(attempts);
            store.Ledger(l => l.RecordDelivery(options.Worker, alert.Key, clock.GetUtcNow(), error, next));
            WatchMetrics.Alerts.WithLabels(error is null ? "delivered" : "delivery failed").Inc();
            if (error is null)
            {
                delivered++;
                logger.LogInformation("alert delivered to {Webhook}: {Summary}", alert.Webhook, alert.Summary);
            }
            else logger.LogWarning("alert not delivered to {Webhook} (attempt {Attempt}{GiveUp}): {Error}", alert.Webhook, attempts, next is null ? ", giving up" : "", error);
        }
        return delivered;
    }

    private static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(3600, 30 * Math.Pow(2, attempts - 1));
        return TimeSpan.FromSeconds(seconds * (0.8 + 0.4 * Random.Shared.NextDouble()));
    }

    public void Dispose() => _http.Dispose();
}
