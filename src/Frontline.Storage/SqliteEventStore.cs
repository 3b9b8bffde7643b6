using Microsoft.Data.Sqlite;

namespace Frontline.Storage;

/// <summary>The embedded default store: one SQLite file (WAL journal, foreign keys on).</summary>
public sealed class SqliteEventStore : SqlEventStore
{
    public SqliteEventStore(string path)
        : base(Open(path), new SqliteDialect(), path)
    {
        try
        {
            Migrate();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{path}: cannot open store: {e.Message}", e);
        }
    }

    public string Path => Location;

    private static SqliteConnection Open(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory)) throw new StoreException($"{path}: folder {directory} does not exist");
        try
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            using var cmd = connection.CreateCommand();
            // A new store gets 16 KB pages and any store a 64 MB page cache: an ingest batch writes megabytes of event
            // JSON, and with 4 KB pages and the default 2 MB cache the commit's page writes and index reloads dominated
            // the writer (page_size is ignored for an existing file).
            cmd.CommandText = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA cache_size=-65536;";
            cmd.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{path}: cannot open store: {e.Message}", e);
        }
    }
}
