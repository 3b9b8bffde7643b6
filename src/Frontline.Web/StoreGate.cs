using Frontline.Storage;

namespace Frontline.Web;

/// <summary>
/// The server's one store connection. ADO.NET connections are not thread-safe, so requests take turns: reads are
/// short (indexed queries of stored JSON), and an ingest is one transaction, so a reader never sees half an article.
/// </summary>
public sealed class StoreGate(IEventStore store) : IDisposable
{
    private readonly Lock _turn = new();

    public T Use<T>(Func<IEventStore, T> work)
    {
        lock (_turn) return work(store);
    }

    /// <summary>A list from the watchers' ledger (sources, alerts); a store that keeps none has nothing to list.</summary>
    public IReadOnlyList<T> Ledger<T>(Func<IWatchLedger, IReadOnlyList<T>> read) => Use(s => s is IWatchLedger ledger ? read(ledger) : []);

    public void Dispose() => store.Dispose();
}
