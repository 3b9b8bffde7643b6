namespace Frontline.Storage;

/// <summary>A source as the sources file names it: its address, how often to poll it, and the hints its articles carry
/// (JSON: country, language, trust).</summary>
public sealed record WatchSource(string Url, TimeSpan Every, string? Hints = null);

/// <summary>A source a worker holds the lease of, with what its last poll left for the next (validators for a
/// conditional GET, the run of failures so far).</summary>
public sealed record LeasedSource(string Url, TimeSpan Every, string? Hints, string? ETag, string? LastModified, int Failures);

/// <summary>How one poll went. <see cref="NextPoll"/> is when the source is due again (its interval after the poll began,
/// or later for a source backing off).</summary>
public sealed record PollOutcome(
    DateTimeOffset Started, DateTimeOffset NextPoll, string Status, string? Error, string? ETag, string? LastModified,
    int NewItems, int Failures);

/// <summary>A source's state, as the Sources page and `watch --status` show it.</summary>
public sealed record SourceState(
    string Url, TimeSpan Every, string? Hints, bool Enabled, DateTimeOffset? LastPoll, string? LastStatus, string? LastError,
    DateTimeOffset NextPoll, string? LeaseOwner, DateTimeOffset? LeaseUntil, long Polls, long Items, long Errors, int Failures);

/// <summary>An alert a rule raised: its key (rule and what matched, so the same match is raised once whichever worker
/// finds it), a one-line summary, the JSON a webhook receives, and the webhook, if any.</summary>
public sealed record NewAlert(string Key, string Rule, string Summary, string Payload, string? Webhook);

/// <summary>An alert as kept: when raised, and how its delivery goes.</summary>
public sealed record AlertState(
    string Key, string Rule, string Summary, string Payload, string? Webhook, DateTimeOffset Created, DateTimeOffset? Delivered,
    int Attempts, string? LastError);

/// <summary>What became of a claimed item.</summary>
public enum ItemFate
{
    /// <summary>Its article is in the store: never fetched again.</summary>
    Stored,

    /// <summary>Nothing to store (no article text, robots.txt forbids the page): never fetched again.</summary>
    Skipped,

    /// <summary>Its page could not be had this time: claimable again on a later poll, a few times at most.</summary>
    Failed,
}

/// <summary>
/// What watchers share through the store: the sources and their leases, and every feed item claimed or stored. The
/// database's own locking is the coordination: a source is polled by whichever worker leases it (a lease that expires,
/// so a dead worker's sources pass to another), and an item is fetched by whichever worker claims it first.
/// Times are the callers' clock.
/// </summary>
public interface IWatchLedger
{
    /// <summary>Adds the file's sources and updates their intervals and hints, keeping their poll state; sources no
    /// longer in the file are disabled (kept, with their history).</summary>
    void SyncSources(IReadOnlyList<WatchSource> sources);

    /// <summary>Leases up to <paramref name="max"/> enabled sources that are due and not leased by anyone, until
    /// <paramref name="now"/> + <paramref name="leaseFor"/>, most overdue first. A leased source is due again one
    /// interval on whatever becomes of the poll: a worker that dies mid-poll leaves it to another at its next time, so
    /// no source is polled more often than its interval, even across a crash.</summary>
    IReadOnlyList<LeasedSource> LeaseDue(string worker, DateTimeOffset now, TimeSpan leaseFor, int max);

    /// <summary>The poll of a leased source really begins now (its request leaves later than the lease was taken): it
    /// is due again at <paramref name="next"/> whatever becomes of the poll.</summary>
    void PollBegins(string worker, string url, DateTimeOffset next);

    /// <summary>How many enabled sources are due and leased by no one (the queue the workers have yet to take).</summary>
    int DueCount(DateTimeOffset now);

    /// <summary>Extends the leases this worker still holds on these sources; returns those it holds.</summary>
    IReadOnlySet<string> RenewLeases(string worker, IReadOnlyCollection<string> urls, DateTimeOffset until);

    /// <summary>Records a poll and releases its lease; false when the worker no longer held it (it expired and another
    /// worker took the source), in which case nothing is recorded.</summary>
    bool RecordPoll(string worker, string url, PollOutcome outcome);

    /// <summary>Gives up this worker's leases (a graceful shutdown) so others take its sources at once.</summary>
    void ReleaseLeases(string worker);

    /// <summary>Which of these item keys need no fetch: stored, skipped, or claimed by a worker whose claim still runs.</summary>
    IReadOnlySet<string> SettledItems(IEnumerable<string> keys, DateTimeOffset now);

    /// <summary>Claims an item for this worker until <paramref name="until"/>; false when it is stored or skipped, or
    /// another worker's claim still runs, or it failed too often.</summary>
    bool ClaimItem(string worker, string key, string sourceUrl, DateTimeOffset now, DateTimeOffset until);

    /// <summary>Settles a claimed item, with a note (why it was skipped or failed).</summary>
    void SettleItem(string key, ItemFate fate, string? note = null);

    IReadOnlyList<SourceState> Sources();

    /// <summary>Keeps new alerts (one already raised is not raised again); returns those that were new.</summary>
    IReadOnlyList<NewAlert> RaiseAlerts(IReadOnlyList<NewAlert> alerts, DateTimeOffset now);

    /// <summary>Leases up to <paramref name="max"/> undelivered alerts with a webhook whose next try is due, for one
    /// delivery attempt each.</summary>
    IReadOnlyList<AlertState> LeaseDeliveries(string worker, DateTimeOffset now, TimeSpan leaseFor, int max);

    /// <summary>Records a delivery attempt: delivered, or failed with its error and the time of the next try (null: give
    /// up).</summary>
    void RecordDelivery(string worker, string key, DateTimeOffset now, string? error, DateTimeOffset? nextTry);

    /// <summary>The newest alerts first.</summary>
    IReadOnlyList<AlertState> Alerts(int limit);
}
