using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Frontline.Storage;

/// <summary>The embedded default store: one SQLite file (WAL journal, foreign keys on).</summary>
public sealed class SqliteEventStore : SqlEventStore
{
    /// <param name="path">The store's file; made, with its schema, if it does not exist.</param>
    /// <param name="restartLogBytes">How long the write-ahead log may grow before the writer waits, between two batches,
    /// for it to be copied whole (see <see cref="Committed"/>).</param>
    public SqliteEventStore(string path, long restartLogBytes = DefaultRestartLogBytes)
        : base(Open(path), new SqliteDialect(), path)
    {
        _restartLogBytes = restartLogBytes;
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

    public const long DefaultRestartLogBytes = 128L * 1024 * 1024;

    private readonly long _restartLogBytes;

    /// <summary>The log is copied into the file by a checkpointer of its own, started with the first ingest. Its passive
    /// copies never finish while the writer goes on, and SQLite starts the log again from its beginning only after a
    /// copy that finished: so the log grew by every batch (5.8 GB during a 100,000-article ingest) and finding a page in
    /// it took longer with every batch. Past the size given at opening (128 MB unless told) the writer copies what is
    /// left itself and waits for readers to leave the log (a RESTART checkpoint): its next batch writes the log from the
    /// start.</summary>
    protected override void Committed()
    {
        if (new FileInfo(Path + "-wal") is { Exists: true, Length: var logBytes } && logBytes > _restartLogBytes) RestartLog();
        (_checkpointer ??= new WalCheckpointer(Open(Path))).Committed();
    }

    /// <summary>How long a writer waits for another connection's lock (a concurrent ingest's, a checkpoint's).</summary>
    private const int BusyTimeoutMs = 10_000;

    /// <summary>How long the writer tries to restart the log before going on with its next batch.</summary>
    private const int RestartWaitMs = 1_000;

    /// <summary>A checkpoint that finds another one running (the checkpointer's) gives up at once and says so in its first
    /// column, and one that finds readers in the log (a dashboard's query) waits for them up to the busy timeout: it is
    /// asked again until it finishes, for a second at most, with a short busy timeout meanwhile. The restart only saves
    /// time, so a writer never waits long for it; a log that stays long is restarted after a later batch.</summary>
    private void RestartLog()
    {
        Execute(null, $"PRAGMA busy_timeout={RestartWaitMs / 20}");
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (Scalar("PRAGMA wal_checkpoint(RESTART)") != 0 && clock.ElapsedMilliseconds < RestartWaitMs) Thread.Sleep(5);
        }
        finally
        {
            Execute(null, $"PRAGMA busy_timeout={BusyTimeoutMs}");
        }
    }

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
            // A new store gets 16 KB pages and any store a 32 MB page cache: an ingest batch writes megabytes of event
            // JSON, and with 4 KB pages and the default 2 MB cache the commit's page writes and index reloads dominated
            // the writer (page_size is ignored for an existing file). Since schema 2 (three indexes) a 64 MB cache wrote
            // no faster, up to 100,000 articles, and held 45-60 MB more.
            // No connection checkpoints in its commits: a WalCheckpointer does it beside the writer.
            cmd.CommandText = $"PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=0;";
            cmd.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{path}: cannot open store: {e.Message}", e);
        }
    }
}
