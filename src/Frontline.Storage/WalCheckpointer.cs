using Microsoft.Data.Sqlite;

namespace Frontline.Storage;

/// <summary>
/// Copies a SQLite store's write-ahead log into the database file on a thread of its own, after each ingest commit.
/// SQLite's automatic checkpoint runs inside the committing writer and waits there for the file's fsync, which grows
/// with the file (a 60,000-article ingest spent a third of its write time waiting); a passive checkpoint from a second
/// connection does the same copy and the same fsync while the writer goes on. Durability is unchanged: a commit is in
/// the log before the writer returns, and a log not yet copied is replayed on the next open.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _committed = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="connection">An open connection of its own to the store (synchronous=NORMAL, so the checkpoint syncs).</param>
    public WalCheckpointer(SqliteConnection connection)
    {
        _connection = connection;
        _loop = Task.Factory.StartNew(Run, TaskCreationOptions.LongRunning);
    }

    /// <summary>The writer committed: the log has new pages to copy.</summary>
    public void Committed()
    {
        if (_committed.CurrentCount == 0) _committed.Release();
    }

    private void Run()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        while (true)
        {
            try
            {
                _committed.Wait(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            // A checkpoint that cannot finish (a reader holds old pages) is taken up again after the next commit; the
            // writer's own close copies whatever is left.
            try
            {
                cmd.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _loop.Wait();
        _connection.Dispose();
        _committed.Dispose();
        _stop.Dispose();
    }
}
