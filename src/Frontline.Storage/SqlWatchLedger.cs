using System.Data.Common;

namespace Frontline.Storage;

/// <summary>The watchers' ledger (<see cref="IWatchLedger"/>) over the store's own database: each call one statement
/// (or one transaction), so two workers never see a half-made lease or claim. Times are kept as milliseconds since
/// 1970 (UTC), compared the same way in every backend.</summary>
public abstract partial class SqlEventStore
{
    private const int MaxItemAttempts = 3;

    public void SyncSources(IReadOnlyList<WatchSource> sources)
    {
        using var tx = _connection.BeginTransaction();
        foreach (var source in sources)
        {
            using var cmd = Command(tx, """
                INSERT INTO watch_sources (url, every_ms, hints, enabled) VALUES (@url, @every, @hints, 1)
                ON CONFLICT (url) DO UPDATE SET every_ms = excluded.every_ms, hints = excluded.hints, enabled = 1
                """);
            Add(cmd, "@url", source.Url);
            Add(cmd, "@every", (long)source.Every.TotalMilliseconds);
            Add(cmd, "@hints", source.Hints);
            cmd.ExecuteNonQuery();
        }
        using (var disable = Command(tx, "UPDATE watch_sources SET enabled = 0 WHERE enabled = 1"))
        {
            if (sources.Count > 0)
            {
                disable.CommandText += $" AND url NOT IN ({AddList(disable, "u", sources.Select(x => x.Url).ToList())})";
            }
            disable.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public IReadOnlyList<LeasedSource> LeaseDue(string worker, DateTimeOffset now, TimeSpan leaseFor, int max)
    {
        using var cmd = Command(null, $"""
            UPDATE watch_sources SET lease_owner = @worker, lease_until_ms = @until, next_poll_ms = @now + every_ms
            WHERE url IN (SELECT url FROM watch_sources
                          WHERE enabled = 1 AND next_poll_ms <= @now AND lease_until_ms < @now
                          ORDER BY next_poll_ms, url LIMIT @max{_dialect.SkipLocked})
            RETURNING url, every_ms, hints, etag, last_modified, failures
            """);
        Add(cmd, "@worker", worker);
        Add(cmd, "@until", Ms(now + leaseFor));
        Add(cmd, "@now", Ms(now));
        Add(cmd, "@max", max);
        var leased = new List<LeasedSource>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            leased.Add(new LeasedSource(reader.GetString(0), TimeSpan.FromMilliseconds(reader.GetInt64(1)), Text(reader, 2), Text(reader, 3),
                Text(reader, 4), reader.GetInt32(5)));
        return leased;
    }

    public int DueCount(DateTimeOffset now)
    {
        using var cmd = Command(null, "SELECT count(*) FROM watch_sources WHERE enabled = 1 AND next_poll_ms <= @now AND lease_until_ms < @now");
        Add(cmd, "@now", Ms(now));
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void PollBegins(string worker, string url, DateTimeOffset next)
    {
        using var cmd = Command(null, "UPDATE watch_sources SET next_poll_ms = @next WHERE url = @url AND lease_owner = @worker");
        Add(cmd, "@next", Ms(next));
        Add(cmd, "@url", url);
        Add(cmd, "@worker", worker);
        cmd.ExecuteNonQuery();
    }

    public IReadOnlySet<string> RenewLeases(string worker, IReadOnlyCollection<string> urls, DateTimeOffset until)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in urls.Chunk(500))
        {
            using var cmd = Command(null, "UPDATE watch_sources SET lease_until_ms = @until WHERE lease_owner = @worker");
            Add(cmd, "@until", Ms(until));
            Add(cmd, "@worker", worker);
            cmd.CommandText += $" AND url IN ({AddList(cmd, "u", chunk)}) RETURNING url";
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) held.Add(reader.GetString(0));
        }
        return held;
    }

    public bool RecordPoll(string worker, string url, PollOutcome o)
    {
        using var cmd = Command(null, """
            UPDATE watch_sources SET lease_owner = NULL, lease_until_ms = 0, next_poll_ms = @next, last_poll_ms = @started,
                last_status = @status, last_error = @error, etag = @etag, last_modified = @modified, polls = polls + 1,
                items = items + @items, errors = errors + @errors, failures = @failures
            WHERE url = @url AND lease_owner = @worker
            """);
        Add(cmd, "@next", Ms(o.NextPoll));
        Add(cmd, "@started", Ms(o.Started));
        Add(cmd, "@status", o.Status);
        Add(cmd, "@error", o.Error);
        Add(cmd, "@etag", o.ETag);
        Add(cmd, "@modified", o.LastModified);
        Add(cmd, "@items", o.NewItems);
        Add(cmd, "@errors", o.Error is null ? 0 : 1);
        Add(cmd, "@failures", o.Failures);
        Add(cmd, "@url", url);
        Add(cmd, "@worker", worker);
        return cmd.ExecuteNonQuery() == 1;
    }

    public void ReleaseLeases(string worker)
    {
        using var cmd = Command(null, "UPDATE watch_sources SET lease_owner = NULL, lease_until_ms = 0 WHERE lease_owner = @worker");
        Add(cmd, "@worker", worker);
        cmd.ExecuteNonQuery();
    }

    public IReadOnlySet<string> SettledItems(IEnumerable<string> keys, DateTimeOffset now)
    {
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            using var cmd = Command(null, "");
            cmd.CommandText = $"""
                SELECT item_key FROM watch_items WHERE item_key IN ({AddList(cmd, "k", chunk)})
                AND (state IN ('stored', 'skipped') OR claimed_until_ms >= @now OR attempts >= {MaxItemAttempts})
                """;
            Add(cmd, "@now", Ms(now));
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) settled.Add(reader.GetString(0));
        }
        return settled;
    }

    public bool ClaimItem(string worker, string key, string sourceUrl, DateTimeOffset now, DateTimeOffset until)
    {
        // A new item is inserted as claimed; a known one is taken over only where its last claim ran out unsettled (its
        // worker died) or its fetch failed, a few times at most.
        using var cmd = Command(null, $"""
            INSERT INTO watch_items (item_key, source_url, state, owner, claimed_until_ms, attempts, seen_ms)
            VALUES (@key, @source, 'claimed', @worker, @until, 1, @now)
            ON CONFLICT (item_key) DO UPDATE SET state = 'claimed', owner = excluded.owner,
                claimed_until_ms = excluded.claimed_until_ms, attempts = watch_items.attempts + 1
            WHERE watch_items.state IN ('claimed', 'failed') AND watch_items.claimed_until_ms < @now
                AND watch_items.attempts < {MaxItemAttempts}
            RETURNING item_key
            """);
        Add(cmd, "@key", key);
        Add(cmd, "@source", sourceUrl);
        Add(cmd, "@worker", worker);
        Add(cmd, "@until", Ms(until));
        Add(cmd, "@now", Ms(now));
        using var reader = cmd.ExecuteReader();
        return reader.Read();
    }

    public void SettleItem(string key, ItemFate fate, string? note = null)
    {
        using var cmd = Command(null, "UPDATE watch_items SET state = @state, claimed_until_ms = 0, note = @note WHERE item_key = @key");
        Add(cmd, "@state", fate.ToString().ToLowerInvariant());
        Add(cmd, "@note", note);
        Add(cmd, "@key", key);
        cmd.ExecuteNonQuery();
    }

    public IReadOnlyList<SourceState> Sources()
    {
        using var cmd = Command(null, """
            SELECT url, every_ms, hints, enabled, last_poll_ms, last_status, last_error, next_poll_ms, lease_owner, lease_until_ms,
                   polls, items, errors, failures
            FROM watch_sources ORDER BY url
            """);
        var sources = new List<SourceState>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            DateTimeOffset? Time(int i) => reader.IsDBNull(i) || reader.GetInt64(i) == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(i));
            sources.Add(new SourceState(reader.GetString(0), TimeSpan.FromMilliseconds(reader.GetInt64(1)), Text(reader, 2),
                reader.GetInt32(3) == 1, Time(4), Text(reader, 5), Text(reader, 6), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                Text(reader, 8), Time(9), reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12), reader.GetInt32(13)));
        }
        return sources;
    }

    public IReadOnlyList<NewAlert> RaiseAlerts(IReadOnlyList<NewAlert> alerts, DateTimeOffset now)
    {
        var raised = new List<NewAlert>();
        if (alerts.Count == 0) return raised;
        using var tx = _connection.BeginTransaction();
        foreach (var alert in alerts)
        {
            using var cmd = Command(tx, """
                INSERT INTO watch_alerts (alert_key, rule, summary, payload, webhook, created_ms, next_try_ms)
                VALUES (@key, @rule, @summary, @payload, @webhook, @now, @now)
                ON CONFLICT (alert_key) DO NOTHING RETURNING alert_key
                """);
            Add(cmd, "@key", alert.Key);
            Add(cmd, "@rule", alert.Rule);
            Add(cmd, "@summary", alert.Summary);
            Add(cmd, "@payload", alert.Payload);
            Add(cmd, "@webhook", alert.Webhook);
            Add(cmd, "@now", Ms(now));
            using var reader = cmd.ExecuteReader();
            if (reader.Read()) raised.Add(alert);
        }
        tx.Commit();
        return raised;
    }

    public IReadOnlyList<AlertState> LeaseDeliveries(string worker, DateTimeOffset now, TimeSpan leaseFor, int max)
    {
        using var cmd = Command(null, $"""
            UPDATE watch_alerts SET lease_owner = @worker, lease_until_ms = @until
            WHERE alert_key IN (SELECT alert_key FROM watch_alerts
                                WHERE webhook IS NOT NULL AND delivered_ms IS NULL AND next_try_ms > 0 AND next_try_ms <= @now
                                AND lease_until_ms < @now
                                ORDER BY next_try_ms, alert_key LIMIT @max{_dialect.SkipLocked})
            RETURNING {AlertColumns}
            """);
        Add(cmd, "@worker", worker);
        Add(cmd, "@until", Ms(now + leaseFor));
        Add(cmd, "@now", Ms(now));
        Add(cmd, "@max", max);
        return ReadAlerts(cmd);
    }

    public void RecordDelivery(string worker, string key, DateTimeOffset now, string? error, DateTimeOffset? nextTry)
    {
        // A given-up alert keeps next_try_ms = 0: never leased again, its last error shown.
        using var cmd = Command(null, """
            UPDATE watch_alerts SET lease_owner = NULL, lease_until_ms = 0, attempts = attempts + 1, last_error = @error,
                delivered_ms = @delivered, next_try_ms = @next
            WHERE alert_key = @key AND lease_owner = @worker
            """);
        Add(cmd, "@error", error);
        Add(cmd, "@delivered", error is null ? Ms(now) : null);
        Add(cmd, "@next", error is null || nextTry is null ? 0L : Ms(nextTry.Value));
        Add(cmd, "@key", key);
        Add(cmd, "@worker", worker);
        cmd.ExecuteNonQuery();
    }

    public IReadOnlyList<AlertState> Alerts(int limit)
    {
        using var cmd = Command(null, $"SELECT {AlertColumns} FROM watch_alerts ORDER BY created_ms DESC, alert_key LIMIT @limit");
        Add(cmd, "@limit", limit);
        return ReadAlerts(cmd);
    }

    private const string AlertColumns = "alert_key, rule, summary, payload, webhook, created_ms, delivered_ms, attempts, last_error";

    private static List<AlertState> ReadAlerts(DbCommand cmd)
    {
        var alerts = new List<AlertState>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            alerts.Add(new AlertState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(reader, 4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)), reader.GetInt32(7), Text(reader, 8)));
        return alerts;
    }

    private static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();
}
