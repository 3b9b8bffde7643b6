using Frontline.Core.Model;
using Frontline.Storage;

namespace Frontline.Watch;

/// <summary>The store a watcher writes to and coordinates through. A store's connection serves one caller at a time,
/// so every call goes through one lock; polls wait on it only for their short ledger calls and their ingest.</summary>
public sealed class WatchStore(IEventStore store, IWatchLedger ledger) : IDisposable
{
    private readonly Lock _lock = new();

    public static WatchStore Open(string location)
    {
        var store = StoreFactory.Open(location);
        return new WatchStore(store, store as IWatchLedger ?? throw new StoreException($"{location}: this store cannot keep a watcher's ledger"));
    }

    public T Ledger<T>(Func<IWatchLedger, T> call)
    {
        lock (_lock) return call(ledger);
    }

    public void Ledger(Action<IWatchLedger> call)
    {
        lock (_lock) call(ledger);
    }

    public IngestResult Ingest(IReadOnlyList<ArticleAnalysis> analyses)
    {
        lock (_lock) return store.Ingest(analyses);
    }

    public void Dispose() => store.Dispose();
}
