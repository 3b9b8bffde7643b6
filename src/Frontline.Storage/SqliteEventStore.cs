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
            cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
            cmd.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{path}: cannot open store: {e.Message}", e);
        }
    }
}
