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
        int added = 0, skipped = 0, events = 0;
        try
        {
            foreach (var analysis in batch)
            {
                var hash = ContentHash.Of(analysis.Article);
                var row = InsertArticle(tx, analysis.Article, hash);
                if (row is null)
                {
                    skipped++;
                    continue;
                }
                added++;
                events += InsertEvents(tx, row.Value, hash, analysis);
                InsertRelations(tx, row.Value, analysis);
                InsertControlChanges(tx, row.Value, analysis);
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

    private long? InsertArticle(SqliteTransaction tx, Article a, string hash)
    {
        using var cmd = Command(tx, """
            INSERT INTO articles (content_hash, article_id, published, title, url, text, ingested_at)
            VALUES ($hash, $id, $published, $title, $url, $text, $now)
            ON CONFLICT(content_hash) DO NOTHING
            RETURNING row_id
            """);
        cmd.Parameters.AddWithValue("$hash", hash);
        cmd.Parameters.AddWithValue("$id", a.Id);
        cmd.Parameters.AddWithValue("$published", AnalysisMapper.Iso(a.Published));
        cmd.Parameters.AddWithValue("$title", (object?)a.Title ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$url", (object?)a.Url ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$text", a.Text);
        cmd.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture));
        return cmd.ExecuteScalar() is long row ? row : null;
    }

    private int InsertEvents(SqliteTransaction tx, long articleRow, string hash, ArticleAnalysis analysis)
    {
        using var cmd = Command(tx, """
            INSERT INTO events (event_id, article_row, date_start, date_end, event_type, sub_event_type, cameo, plover,
                                country, admin1, location, lat, lon, actor1, actor1_acled, actor1_country, actor2, actor2_acled,
                                actor2_country, fatalities, json)
            VALUES ($id, $article, $start, $end, $type, $sub, $cameo, $plover, $country, $admin1, $location, $lat, $lon,
                    $a1, $a1acled, $a1country, $a2, $a2acled, $a2country, $fatalities, $json)
            """);
        var count = 0;
        foreach (var e in analysis.Events)
        {
            // Stable across runs and stores: the article's content hash and the event's position in it.
            var dto = AnalysisMapper.ToDto(e, analysis.Article.Text) with { Id = $"{hash[..16]}/{e.Id[(e.Id.LastIndexOf('/') + 1)..]}" };
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$id", dto.Id);
            cmd.Parameters.AddWithValue("$article", articleRow);
            cmd.Parameters.AddWithValue("$start", dto.Date.Start);
            cmd.Parameters.AddWithValue("$end", dto.Date.End);
            cmd.Parameters.AddWithValue("$type", Db(dto.Acled?.EventType));
            cmd.Parameters.AddWithValue("$sub", Db(dto.Acled?.SubEventType));
            cmd.Parameters.AddWithValue("$cameo", Db(dto.Cameo));
            cmd.Parameters.AddWithValue("$plover", Db(dto.Plover?.Type));
            cmd.Parameters.AddWithValue("$country", Db(dto.Location?.Country));
            cmd.Parameters.AddWithValue("$admin1", Db(dto.Location?.Admin1));
            cmd.Parameters.AddWithValue("$location", Db(dto.Location?.Name));
            cmd.Parameters.AddWithValue("$lat", (object?)dto.Location?.Lat ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$lon", (object?)dto.Location?.Lon ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$a1", Db(dto.Actor1?.Name));
            cmd.Parameters.AddWithValue("$a1acled", Db(dto.Actor1?.AcledName));
            cmd.Parameters.AddWithValue("$a1country", Db(dto.Actor1?.Country));
            cmd.Parameters.AddWithValue("$a2", Db(dto.Actor2?.Name));
            cmd.Parameters.AddWithValue("$a2acled", Db(dto.Actor2?.AcledName));
            cmd.Parameters.AddWithValue("$a2country", Db(dto.Actor2?.Country));
            cmd.Parameters.AddWithValue("$fatalities", (object?)dto.Fatalities ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$json", AnalysisJson.Serialize(dto, indented: false));
            cmd.ExecuteNonQuery();
            count++;
        }
        return count;
    }

    private void InsertRelations(SqliteTransaction tx, long articleRow, ArticleAnalysis analysis)
    {
        var dto = AnalysisMapper.ToDto([analysis]);
        using var cmd = Command(tx, "INSERT INTO relations (article_row, type, patron, client, json) VALUES ($article, $type, $patron, $client, $json)");
        foreach (var r in dto.Relations)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$article", articleRow);
            cmd.Parameters.AddWithValue("$type", r.Type);
            cmd.Parameters.AddWithValue("$patron", r.Patron.Name);
            cmd.Parameters.AddWithValue("$client", r.Client.Name);
            cmd.Parameters.AddWithValue("$json", AnalysisJson.Serialize(r, indented: false));
            cmd.ExecuteNonQuery();
        }
    }

    private void InsertControlChanges(SqliteTransaction tx, long articleRow, ArticleAnalysis analysis)
    {
        var dto = AnalysisMapper.ToDto([analysis]);
        using var cmd = Command(tx, """
            INSERT INTO control_changes (article_row, place, lat, lon, from_actor, to_actor, date_start, date_end, json)
            VALUES ($article, $place, $lat, $lon, $from, $to, $start, $end, $json)
            """);
        foreach (var c in dto.ControlChanges)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$article", articleRow);
            cmd.Parameters.AddWithValue("$place", c.Location.Name);
            cmd.Parameters.AddWithValue("$lat", c.Location.Lat);
            cmd.Parameters.AddWithValue("$lon", c.Location.Lon);
            cmd.Parameters.AddWithValue("$from", Db(c.From?.Name));
            cmd.Parameters.AddWithValue("$to", Db(c.To?.Name));
            cmd.Parameters.AddWithValue("$start", c.Date.Start);
            cmd.Parameters.AddWithValue("$end", c.Date.End);
            cmd.Parameters.AddWithValue("$json", AnalysisJson.Serialize(c, indented: false));
            cmd.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(SqliteTransaction tx, string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
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

    private static object Db(string? value) => (object?)value ?? DBNull.Value;

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
