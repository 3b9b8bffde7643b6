using Frontline.Core.Model;
using Frontline.Storage;
using Microsoft.Extensions.Logging;

namespace Frontline.Watch;

/// <summary>
/// A watch worker: syncs the sources file into the ledger, then leases due sources (as many as it polls at once),
/// polls them (<see cref="SourcePoller"/>), records each poll and releases its lease; while a poll runs its lease is
/// renewed. Any number of workers may share one PostgreSQL store: the ledger's leases and claims divide the work.
/// <see cref="RunOnceAsync"/> polls every due source once and returns (cron, tests); <see cref="RunAsync"/> runs until
/// stopped, then finishes the polls in hand and gives its leases back.
/// </summary>
public sealed class Watcher : IDisposable
{
    private readonly WatchStore _store;
    private readonly WatchOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly PoliteFetcher _fetcher;
    private readonly SourcePoller _poller;
    private readonly AlertDeliverer _deliverer;
    private AlertMatcher _matcher = new([]);

    public Watcher(WatchStore store, Func<Article, ArticleAnalysis> analyze, WatchOptions options, ILogger logger, TimeProvider? clock = null)
    {
        _store = store;
        _options = options;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
        _fetcher = new PoliteFetcher(options.Fetch, _clock);
        _poller = new SourcePoller(store, _fetcher, analyze, options, logger, _clock);
        _deliverer = new AlertDeliverer(store, options, logger, _clock);
    }

    /// <summary>Takes the file's sources into the ledger and its alert rules for what this worker stores.</summary>
    public void Sync(SourcesFile file)
    {
        _store.Ledger(l => l.SyncSources(file.Sources.Select(s => s.ToLedger()).ToList()));
        _matcher = new AlertMatcher(file.Alerts);
    }

    /// <summary>Polls every source due now once (those another worker holds excepted) and returns their reports.</summary>
    public async Task<IReadOnlyList<PollReport>> RunOnceAsync(CancellationToken cancel = default)
    {
        var reports = new List<PollReport>();
        while (!cancel.IsCancellationRequested)
        {
            var leased = _store.Ledger(l => l.LeaseDue(_options.Worker, _clock.GetUtcNow(), _options.LeaseFor, _options.ConcurrentPolls));
            if (leased.Count == 0) break;
            reports.AddRange(await Task.WhenAll(leased.Select(s => PollAndRecord(s, cancel))));
        }
        await _deliverer.DeliverDueAsync(cancel);
        return reports;
    }

    /// <summary>Runs until <paramref name="stop"/> fires, then lets the polls in hand finish (within the shutdown grace)
    /// and releases this worker's leases.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        using var abort = new CancellationTokenSource();
        var lastRenewal = _clock.GetUtcNow();
        var delivering = Task.CompletedTask;
        _logger.LogInformation("worker {Worker} watching", _options.Worker);
        while (!stop.IsCancellationRequested)
        {
            foreach (var done in running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList()) running.Remove(done);
            var now = _clock.GetUtcNow();
            if (running.Count > 0 && now - lastRenewal >= _options.LeaseFor / 3)
            {
                var held = _store.Ledger(l => l.RenewLeases(_options.Worker, running.Keys.ToList(), now + _options.LeaseFor));
                foreach (var lost in running.Keys.Where(k => !held.Contains(k))) _logger.LogWarning("{Source}: lease lost while polling", lost);
                lastRenewal = now;
            }
            WatchMetrics.InFlight.Set(running.Count);
            var free = _options.ConcurrentPolls - running.Count;
            if (free > 0)
            {
                IReadOnlyList<LeasedSource> leased;
                try
                {
                    leased = _store.Ledger(l => l.LeaseDue(_options.Worker, now, _options.LeaseFor, free));
                }
                catch (Exception e) when (e is System.Data.Common.DbException or StoreException)
                {
                    _logger.LogError("store unavailable, retrying: {Error}", e.Message);
                    leased = [];
                }
                foreach (var source in leased) running[source.Url] = PollAndRecord(source, abort.Token);
                if (leased.Count == free) WatchMetrics.Due.Set(_store.Ledger(l => l.DueCount(now)));
                else WatchMetrics.Due.Set(0);
            }
            if (delivering.IsCompleted) delivering = DeliverAlerts(abort.Token);
            var tick = Task.Delay(_options.Tick, _clock, stop);
            await Task.WhenAny(running.Values.Append(tick)).ConfigureAwait(false);
        }
        _logger.LogInformation("worker {Worker} stopping: finishing {Count} poll(s) in hand", _options.Worker, running.Count);
        var finished = Task.WhenAll(running.Values);
        if (await Task.WhenAny(finished, Task.Delay(_options.ShutdownGrace, _clock)) != finished) await abort.CancelAsync();
        try
        {
            await finished;
        }
        catch (OperationCanceledException)
        {
        }
        await delivering;
        _store.Ledger(l => l.ReleaseLeases(_options.Worker));
        _logger.LogInformation("worker {Worker} stopped", _options.Worker);
    }

    private async Task DeliverAlerts(CancellationToken cancel)
    {
        try
        {
            await _deliverer.DeliverDueAsync(cancel);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogError(e, "alert delivery failed");
        }
    }

    private async Task<PollReport> PollAndRecord(LeasedSource source, CancellationToken cancel)
    {
        PollReport report;
        try
        {
            report = await _poller.PollAsync(source, cancel);
        }
        // Whatever else goes wrong in one poll (the store refusing a write, a bug) is reported as that source's failure;
        // the worker goes on with the others.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            _logger.LogError(e, "{Source}: poll failed unexpectedly", source.Url);
            var started = _clock.GetUtcNow();
            var failures = source.Failures + 1;
            report = new PollReport(source.Url, new PollOutcome(started, started + _poller.Backoff(source.Every, failures), "error", e.Message,
                source.ETag, source.LastModified, 0, failures), [], 0, 0, 0);
        }
        if (!_store.Ledger(l => l.RecordPoll(_options.Worker, source.Url, report.Outcome)))
            _logger.LogWarning("{Source}: lease expired before the poll was recorded; another worker has the source", source.Url);
        _logger.LogInformation("{Source}: {Status}, {New} new article(s), {Present} already stored, {Skipped} skipped, {Failed} failed",
            source.Url, report.Outcome.Status, report.Stored.Count, report.AlreadyStored, report.Skipped, report.Failed);
        WatchMetrics.Polls.WithLabels(report.Outcome.Status).Inc();
        RaiseAlerts(report);
        return report;
    }

    private void RaiseAlerts(PollReport report)
    {
        try
        {
            var matches = _matcher.Match(report.Stored, _clock.GetUtcNow());
            if (matches.Count == 0) return;
            foreach (var alert in _store.Ledger(l => l.RaiseAlerts(matches, _clock.GetUtcNow())))
            {
                WatchMetrics.Alerts.WithLabels("raised").Inc();
                _logger.LogInformation("alert {Rule}: {Summary}", alert.Rule, alert.Summary);
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or StoreException)
        {
            _logger.LogError("{Source}: alerts not raised: {Error}", report.Source, e.Message);
        }
    }

    public void Dispose()
    {
        _fetcher.Dispose();
        _deliverer.Dispose();
    }
}
