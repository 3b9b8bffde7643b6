using Frontline.Storage;
using Frontline.Tests.Storage;

namespace Frontline.Tests.Watch;

/// <summary>
/// What watchers rely on from every store backend (SQLite always, PostgreSQL where one is reachable): a due source is
/// leased by one worker at a time, an expired lease passes to another, a poll is recorded only by the lease holder, an
/// item is claimed by one worker and never again once stored.
/// </summary>
public abstract class WatchLedgerContract : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected abstract SqlEventStore Open();

    public abstract void Dispose();

    private static WatchSource Source(string name, int minutes = 5) => new($"http://127.0.0.1/{name}.rss", TimeSpan.FromMinutes(minutes));

    [SkippableFact]
    public void Two_workers_lease_disjoint_sources_and_a_leased_source_is_not_due_for_another()
    {
        using var store = Open();
        store.SyncSources([Source("a"), Source("b"), Source("c")]);
        var first = store.LeaseDue("w1", T0, Lease, 2);
        var second = store.LeaseDue("w2", T0, Lease, 5);
        first.Count.ShouldBe(2);
        second.ShouldHaveSingleItem();
        first.Select(s => s.Url).ShouldNotContain(second[0].Url);
        store.LeaseDue("w3", T0.AddSeconds(30), Lease, 5).ShouldBeEmpty();
    }

    [SkippableFact]
    public void A_dead_workers_source_passes_to_another_at_its_next_time_and_the_dead_one_cannot_record()
    {
        using var store = Open();
        store.SyncSources([Source("a", minutes: 1)]);
        store.LeaseDue("dead", T0, Lease, 5).ShouldHaveSingleItem();
        // Due again one interval on (a minute), but leased for two: taken over once both have passed, never sooner.
        store.LeaseDue("live", T0.AddMinutes(1), Lease, 5).ShouldBeEmpty();
        store.LeaseDue("live", T0 + Lease - TimeSpan.FromSeconds(1), Lease, 5).ShouldBeEmpty();
        var taken = store.LeaseDue("live", T0 + Lease + TimeSpan.FromSeconds(1), Lease, 5).ShouldHaveSingleItem();
        store.RecordPoll("dead", taken.Url, Outcome(T0, T0.AddMinutes(1))).ShouldBeFalse();
        store.RecordPoll("live", taken.Url, Outcome(T0 + Lease, T0 + Lease + TimeSpan.FromMinutes(1))).ShouldBeTrue();
        var state = store.Sources().ShouldHaveSingleItem();
        (state.LeaseOwner, state.Polls, state.LastStatus).ShouldBe((null, 1L, "ok"));
    }

    [SkippableFact]
    public void A_recorded_poll_makes_the_source_due_again_only_after_its_interval_and_keeps_its_validators()
    {
        using var store = Open();
        store.SyncSources([Source("a")]);
        var leased = store.LeaseDue("w", T0, Lease, 5).ShouldHaveSingleItem();
        store.RecordPoll("w", leased.Url, Outcome(T0, T0.AddMinutes(5)) with { ETag = "\"v7\"", NewItems = 3 });
        store.LeaseDue("w", T0.AddMinutes(4), Lease, 5).ShouldBeEmpty();
        var again = store.LeaseDue("w", T0.AddMinutes(5), Lease, 5).ShouldHaveSingleItem();
        again.ETag.ShouldBe("\"v7\"");
        store.Sources()[0].Items.ShouldBe(3);
    }

    [SkippableFact]
    public void Renewing_keeps_a_lease_and_releasing_frees_it_at_once()
    {
        using var store = Open();
        store.SyncSources([Source("a"), Source("b")]);
        var leased = store.LeaseDue("w", T0, Lease, 5).Select(s => s.Url).ToList();
        store.RenewLeases("w", leased, T0.AddMinutes(10)).Count.ShouldBe(2);
        store.RenewLeases("other", leased, T0.AddMinutes(10)).ShouldBeEmpty();
        store.LeaseDue("x", T0.AddMinutes(6), Lease, 5).ShouldBeEmpty();
        store.ReleaseLeases("w");
        store.LeaseDue("x", T0.AddMinutes(6), Lease, 5).Count.ShouldBe(2);
    }

    [SkippableFact]
    public void Syncing_a_file_without_a_source_disables_it_and_keeps_its_history()
    {
        using var store = Open();
        store.SyncSources([Source("a"), Source("b")]);
        store.SyncSources([Source("b", minutes: 10)]);
        var states = store.Sources();
        states.Single(s => s.Url.EndsWith("a.rss")).Enabled.ShouldBeFalse();
        states.Single(s => s.Url.EndsWith("b.rss")).Every.ShouldBe(TimeSpan.FromMinutes(10));
        store.LeaseDue("w", T0, Lease, 5).ShouldHaveSingleItem().Url.ShouldEndWith("b.rss");
    }

    [SkippableFact]
    public void An_item_is_claimed_once_taken_over_after_its_claim_runs_out_and_never_again_once_stored()
    {
        using var store = Open();
        const string key = "http://127.0.0.1/story/1";
        store.ClaimItem("w1", key, "feed", T0, T0.AddMinutes(5)).ShouldBeTrue();
        store.ClaimItem("w2", key, "feed", T0.AddMinutes(1), T0.AddMinutes(6)).ShouldBeFalse();
        store.SettledItems([key, "other"], T0.AddMinutes(1)).ShouldBe(new[] { key });
        store.SettledItems([key], T0.AddMinutes(6)).ShouldBeEmpty();
        store.ClaimItem("w2", key, "feed", T0.AddMinutes(6), T0.AddMinutes(11)).ShouldBeTrue();
        store.SettleItem(key, ItemFate.Stored);
        store.ClaimItem("w3", key, "feed", T0.AddHours(1), T0.AddHours(2)).ShouldBeFalse();
        store.SettledItems([key], T0.AddHours(1)).ShouldBe(new[] { key });
    }

    [SkippableFact]
    public void A_failed_item_is_tried_again_a_few_times_only()
    {
        using var store = Open();
        const string key = "http://127.0.0.1/story/2";
        var claims = 0;
        for (var i = 0; i < 6; i++)
        {
            var now = T0.AddMinutes(10 * i);
            if (!store.ClaimItem("w", key, "feed", now, now.AddMinutes(5))) continue;
            claims++;
            store.SettleItem(key, ItemFate.Failed, "HTTP 503");
        }
        claims.ShouldBe(3);
    }

    private static PollOutcome Outcome(DateTimeOffset started, DateTimeOffset next) => new(started, next, "ok", null, null, null, 0, 0);
}

public sealed class SqliteWatchLedgerContract : WatchLedgerContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"frontline-ledger-{Guid.NewGuid():N}.db");

    protected override SqlEventStore Open() => new SqliteEventStore(_path);

    public override void Dispose()
    {
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}

public sealed class PostgresWatchLedgerContract : WatchLedgerContract
{
    private readonly PostgresTestDatabase _database = new();

    protected override SqlEventStore Open() => new PostgresEventStore(_database.Url);

    public override void Dispose() => _database.Dispose();
}
