using System.Data.Common;
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

    private WalCheckpointer? _checkpointer;

    private protected override IIngestStatements IngestStatementsFor(DbConnection connection, DbTransaction tx) =>
        new SqliteIngestStatements((SqliteConnection)connection);

    /// <summary>The log is copied into the file by a checkpointer of its own, started with the first ingest.</summary>
    protected override void Committed() => (_checkpointer ??= new WalCheckpointer(Open(Path))).Committed();

    public override void Dispose()
    {
        _checkpointer?.Dispose();
        base.Dispose();
    }

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
            // No connection checkpoints in its commits: a WalCheckpointer does it beside the writer.
            cmd.CommandText = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0;";
            cmd.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{path}: cannot open store: {e.Message}", e);
        }
    }
}
