namespace Frontline.Storage;

/// <summary>Opens the store a --store value names. Only the embedded SQLite file is built in so far.</summary>
public static class StoreFactory
{
    public static IEventStore Open(string location)
    {
        if (location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            throw new StoreException($"{location}: PostgreSQL stores are not available in this version; use a SQLite file path");
        return new SqliteEventStore(location);
    }
}
