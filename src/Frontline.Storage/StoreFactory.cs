namespace Frontline.Storage;

/// <summary>Opens the store a --store value names: a postgres:// URL, else a SQLite file path.</summary>
public static class StoreFactory
{
    public static IEventStore Open(string location) =>
        PostgresEventStore.IsUrl(location) ? new PostgresEventStore(location) : new SqliteEventStore(location);
}
