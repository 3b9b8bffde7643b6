using System.Collections.Concurrent;
using System.Threading.Channels;
using Frontline.Core.Output;
using Frontline.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontline.Web;

/// <summary>One message of the live stream: its kind ("event" or "alert") and its JSON.</summary>
public sealed record LiveMessage(string Kind, string Json);

/// <summary>
/// What is new in the store, for every open live view (server-sent events, /api/stream): one reader for all of them
/// looks every second for events of newly stored articles and for new alerts, whoever stored them (a watcher in this
/// process or another, an ingest, a pasted report), and hands each to every subscriber. Article rows are the store's
/// order of arrival; since two writers' transactions may commit out of that order, the last few thousand rows are
/// looked at again, and what was sent already is not sent twice. A subscriber that cannot keep up loses its oldest
/// messages, never the server's memory.
/// </summary>
public sealed class LiveFeed(StoreGate gate, ILogger<LiveFeed> logger) : BackgroundService
{
    private const long Slack = 2_000;
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<Channel<LiveMessage>, byte> _subscribers = new();

    public async IAsyncEnumerable<LiveMessage> Subscribe([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        var channel = Channel.CreateBounded<LiveMessage>(new BoundedChannelOptions(500) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers[channel] = 0;
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancel)) yield return message;
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        // Nothing stored before a view opened is news to it: rows up to the floor are never sent.
        var floor = gate.Use(s => s.LatestArticleRow());
        var cursor = floor;
        var sent = new Dictionary<string, long>(StringComparer.Ordinal);
        var alertsSeen = new HashSet<string>(gate.Ledger(l => l.Alerts(100)).Select(a => a.Key), StringComparer.Ordinal);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            try
            {
                if (_subscribers.IsEmpty)
                {
                    floor = cursor = gate.Use(s => s.LatestArticleRow());
                    sent.Clear();
                    alertsSeen.UnionWith(gate.Ledger(l => l.Alerts(100)).Select(a => a.Key));
                    continue;
                }
                var rows = gate.Use(s => s.EventsAfter(Math.Max(floor, cursor - Slack), 2_000));
                foreach (var (row, e) in rows)
                {
                    if (!sent.TryAdd(e.Id, row)) continue;
                    Publish(new LiveMessage("event", AnalysisJson.Serialize(e, indented: false)));
                    cursor = Math.Max(cursor, row);
                }
                foreach (var old in sent.Where(kv => kv.Value < cursor - Slack).Select(kv => kv.Key).ToList()) sent.Remove(old);
                var alerts = gate.Ledger(l => l.Alerts(20));
                foreach (var alert in alerts.Reverse().Where(a => alertsSeen.Add(a.Key)))
                    Publish(new LiveMessage("alert", AnalysisJson.Serialize(AlertView.Of(alert), indented: false)));
            }
            catch (Exception e) when (e is System.Data.Common.DbException or StoreException)
            {
                logger.LogWarning("live view: store not readable this time: {Error}", e.Message);
            }
        }
    }

    private void Publish(LiveMessage message)
    {
        foreach (var channel in _subscribers.Keys) channel.Writer.TryWrite(message);
    }
}

/// <summary>An alert as the dashboard shows it: the webhook reduced to its host (its path may hold a secret).</summary>
public sealed record AlertView(string Key, string Rule, string Summary, string Created, string? Delivered, string? WebhookHost, int Attempts, string? LastError)
{
    public static AlertView Of(AlertState a) => new(a.Key, a.Rule, a.Summary, AnalysisMapper.Iso(a.Created), a.Delivered is { } d ? AnalysisMapper.Iso(d) : null,
        a.Webhook is not null && Uri.TryCreate(a.Webhook, UriKind.Absolute, out var hook) ? hook.Authority : null, a.Attempts, a.LastError);
}
