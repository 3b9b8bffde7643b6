namespace Frontline.Watch;

/// <summary>How a watch worker runs.</summary>
public sealed record WatchOptions
{
    /// <summary>This worker's name in the ledger (leases and claims): host and process id unless given.</summary>
    public string Worker { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>How long a leased source stays this worker's without renewal; a dead worker's sources pass to another
    /// after at most this long. Renewed every third of it while a poll runs.</summary>
    public TimeSpan LeaseFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a claimed item stays this worker's while it fetches and stores it (as long as a lease unless
    /// told): the items a dead worker had claimed are fetched by another on a later poll.</summary>
    public TimeSpan ClaimFor
    {
        get => _claimFor ?? LeaseFor;
        init => _claimFor = value;
    }

    private readonly TimeSpan? _claimFor;

    /// <summary>Sources polled at once by this worker.</summary>
    public int ConcurrentPolls { get; init; } = 8;

    /// <summary>How often the worker looks for due sources when idle.</summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>New items taken from one poll of a feed (the rest wait for the next poll).</summary>
    public int MaxItemsPerPoll { get; init; } = 200;

    /// <summary>A feed item with less body text than this is a summary: its article page is fetched for the full text.</summary>
    public int SummaryChars { get; init; } = 600;

    /// <summary>The longest a failing source is left alone between two tries.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How long a graceful shutdown waits for the polls in hand.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(30);

    public FetchPolicy Fetch { get; init; } = new();
}
