using System.Globalization;
using Frontline.Core.Model;
using Frontline.Core.Output;
using Microsoft.Data.Sqlite;

namespace Frontline.Storage;

/// <summary>
/// The embedded default store: one SQLite file, schema migrated on open, one transaction per ingest batch,
/// every query parameterized. Events keep their full JSON beside the indexed columns used for filtering.
/// </summary>
public sealed class SqliteEventStore : IEventStore
{
    private readonly SqliteConnection _connection;

    public SqliteEventStore(string path)
    {
        Path = path;
        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (directory is not null && !Directory.Exists(directory)) throw new StoreException($"{path}: folder {directory} does not exist");
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            _connection.Open();
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            SqliteSchema.Migrate(_connection);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{path}: cannot open store: {e.Message}", e);
        }
    }

    public string Path { get; }

    public IngestResult Ingest(IReadOnlyList<ArticleAnalysis> batch)
    {
        using var tx = _connection.BeginTransaction();
        // Each statement is prepared once per batch and rebound per row: re-preparing per article dominated ingest time.
        using var statements = new IngestStatements(_connection, tx);
        int added = 0, skipped = 0, events = 0;
        try
        {
            foreach (var analysis in batch)
            {
                var hash = ContentHash.Of(analysis.Article);
                var row = statements.InsertArticle(analysis.Article, hash);
                if (row is null)
                {
                    skipped++;
                    continue;
                }
                added++;
                events += statements.InsertEvents(row.Value, hash, analysis);
                statements.InsertRelations(row.Value, analysis);
                statements.InsertControlChanges(row.Value, analysis);
            }
            tx.Commit();
        }
        catch (SqliteException e)
        {
            tx.Rollback();
            throw new StoreException($"{Path}: ingest failed, batch rolled back: {e.Message}", e);
        }
        return new IngestResult(added, skipped, events);
    }

    public IReadOnlyList<EventDto> Events(EventQuery q)
    {
        using var cmd = _connection.CreateCommand();
        var where = new List<string>();
        if (q.Since is { } since) { where.Add("date_end >= $since"); cmd.Parameters.AddWithValue("$since", AnalysisMapper.Iso(since)); }
        if (q.Until is { } until) { where.Add("date_start <= $until"); cmd.Parameters.AddWithValue("$until", AnalysisMapper.Iso(until)); }
        if (q.CountryIso2 is not null || q.CountryIso3 is not null)
        {
            where.Add("(country = $c2 OR actor1_country = $c3 OR actor2_country = $c3)");
            cmd.Parameters.AddWithValue("$c2", (object?)q.CountryIso2 ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$c3", (object?)q.CountryIso3 ?? DBNull.Value);
        }
        if (q.Type is not null)
        {
            where.Add("(event_type = $type COLLATE NOCASE OR sub_event_type = $type COLLATE NOCASE OR cameo = $type OR plover = $type COLLATE NOCASE)");
            cmd.Parameters.AddWithValue("$type", q.Type);
        }
        if (q.Actor is not null)
        {
            where.Add("(actor1 LIKE $actor ESCAPE '\\' OR actor2 LIKE $actor ESCAPE '\\' OR actor1_acled LIKE $actor ESCAPE '\\' OR actor2_acled LIKE $actor ESCAPE '\\')");
            cmd.Parameters.AddWithValue("$actor", $"%{EscapeLike(q.Actor)}%");
        }
        cmd.CommandText = "SELECT json FROM events" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
                          + " ORDER BY date_start, event_id LIMIT $limit";
        cmd.Parameters.AddWithValue("$limit", q.Limit);
        var result = new List<EventDto>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) result.Add(AnalysisJson.Deserialize<EventDto>(reader.GetString(0)));
        return result;
    }

    public int ArticleCount() => Scalar("SELECT count(*) FROM articles");

    public int EventCount() => Scalar("SELECT count(*) FROM events");

    public void Dispose()
    {
        _connection.Dispose();
    }

    private int Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }



    private static string EscapeLike(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
