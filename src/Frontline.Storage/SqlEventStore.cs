using System.Data.Common;
using System.Globalization;
using Frontline.Core.Model;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// The event store over any SQL backend (<see cref="SqlDialect"/>): schema migrated on open, one transaction per ingest
/// batch, idempotent by content hash, every query parameterized. Events keep their full JSON beside the indexed
/// columns used for filtering.
/// </summary>
public abstract partial class SqlEventStore : IEventStore, IWatchLedger
{
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;

    protected SqlEventStore(DbConnection connection, SqlDialect dialect, string location)
    {
        _connection = connection;
        _dialect = dialect;
        Location = location;
    }

    /// <summary>What the user named (a file path or a URL without its password).</summary>
    public string Location { get; }

    protected void Migrate()
    {
        using var tx = _connection.BeginTransaction();
        if (_dialect.MigrationLock is { } lockSql) Execute(tx, lockSql);
        var version = _dialect.ReadVersion(_connection, tx);
        var migrations = _dialect.Migrations;
        if (version > migrations.Count)
            throw new StoreException($"{Location}: store schema version {version} is newer than this Frontline ({migrations.Count}); upgrade Frontline");
        for (var v = version; v < migrations.Count; v++) Execute(tx, migrations[v] + "\n" + _dialect.RecordVersion(v + 1));
        tx.Commit();
    }

    public IngestResult Ingest(IReadOnlyList<StorableArticle> batch)
    {
        // Rows are written in content-hash order, so concurrent ingests of overlapping batches take their row locks in
        // the same order and cannot deadlock; a deadlock or serialization failure the server still reports is retried.
        var ordered = batch.OrderBy(s => s.Hash, StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return IngestOnce(ordered);
            }
            catch (DbException e) when (attempt < MaxAttempts && _dialect.IsTransient(e))
            {
                Thread.Sleep(50 * attempt);
            }
            catch (DbException e)
            {
                throw new StoreException($"{Location}: ingest failed, batch rolled back: {e.Message}", e);
            }
        }
    }

    private const int MaxAttempts = 5;

    /// <summary>The statements an ingest transaction writes with: each backend's own.</summary>
    private protected abstract IIngestStatements IngestStatementsFor(DbConnection connection, DbTransaction tx);

    /// <summary>An ingest batch was committed (for a backend that has upkeep to do after it).</summary>
    protected virtual void Committed()
    {
    }

    private IngestResult IngestOnce(List<StorableArticle> batch)
    {
        using var tx = _connection.BeginTransaction();
        // Each statement is prepared once per batch and rebound per row: re-preparing per article dominated ingest time.
        using var statements = IngestStatementsFor(_connection, tx);
        int added = 0, events = 0;
        var present = new List<string>();
        foreach (var article in batch)
        {
            var row = statements.InsertArticle(article);
            if (row is null)
            {
                present.Add(article.Article.Id);
                continue;
            }
            added++;
            events += statements.InsertEvents(row.Value, article);
            statements.InsertRelations(row.Value, article);
            statements.InsertControlChanges(row.Value, article);
        }
        statements.Complete();
        tx.Commit();
        Committed();
        return new IngestResult(added, present.Count, events, present);
    }

    public IReadOnlyList<EventDto> Events(EventQuery q)
    {
        using var cmd = _connection.CreateCommand();
        var where = EventFilter(cmd, q);
        return Select<EventDto>(cmd, EventsWithText, where, "date_start, event_id", q.Limit).ToList();
    }

    public IEnumerable<EventDto> EventsInDateOrder(EventQuery q)
    {
        using var cmd = _connection.CreateCommand();
        foreach (var e in Select<EventDto>(cmd, EventsWithText, EventFilter(cmd, q), "date_start, event_id", int.MaxValue)) yield return e;
    }

    /// <summary>Events with what the store keeps beside their JSON (<see cref="StoredForm"/>, <see cref="StoredRecords"/>).</summary>
    private const string EventsWithText = "e.json, e.article_row, a.text, a.article_id, e.event_id FROM events e JOIN articles a ON a.row_id = e.article_row";

    /// <summary>The WHERE terms of an event query, its values added to the command as parameters.</summary>
    private static List<string> EventFilter(DbCommand cmd, EventQuery q)
    {
        var where = new List<string>();
        AddWindow(cmd, where, q, endColumn: "date_end", startColumn: "date_start");
        if (q.CountryIso2 is not null || q.CountryIso3 is not null)
        {
            where.Add("(country = @c2 OR actor1_country = @c3 OR actor2_country = @c3)");
            Add(cmd, "@c2", q.CountryIso2);
            Add(cmd, "@c3", q.CountryIso3);
        }
        if (q.Type is not null)
        {
            where.Add("(lower(event_type) = lower(@type) OR lower(sub_event_type) = lower(@type) OR cameo = @type OR lower(plover) = lower(@type))");
            Add(cmd, "@type", q.Type);
        }
        if (q.Actor is not null)
        {
            where.Add("(lower(actor1) LIKE lower(@actor) ESCAPE '\\' OR lower(actor2) LIKE lower(@actor) ESCAPE '\\' " +
                      "OR lower(actor1_acled) LIKE lower(@actor) ESCAPE '\\' OR lower(actor2_acled) LIKE lower(@actor) ESCAPE '\\')");
            Add(cmd, "@actor", $"%{EscapeLike(q.Actor)}%");
        }
        if (q.EventId is not null)
        {
            where.Add("event_id = @event");
            Add(cmd, "@event", q.EventId);
        }
        return where;
    }

    public IEnumerable<RelationDto> Relations(EventQuery q)
    {
        using var cmd = _connection.CreateCommand();
        var where = new List<string>();
        AddWindow(cmd, where, q, endColumn: "a.published", startColumn: "a.published");
        foreach (var r in Select<RelationDto>(cmd, "r.json, r.article_row, a.text, a.article_id FROM relations r JOIN articles a ON a.row_id = r.article_row", where,
                     "a.published, r.row_id", q.Limit))
            yield return r;
    }

    public IEnumerable<ControlChangeDto> ControlChanges(EventQuery q) => ControlChangesOrdered(q, "c.date_start, c.row_id");

    public IEnumerable<ControlChangeDto> ControlChangesMostPreciseFirst(EventQuery q) =>
        ControlChangesOrdered(q, $"{_dialect.DaySpan("c.date_start", "c.date_end")}, c.date_start, c.row_id");

    private IEnumerable<ControlChangeDto> ControlChangesOrdered(EventQuery q, string orderBy)
    {
        using var cmd = _connection.CreateCommand();
        var where = new List<string>();
        AddWindow(cmd, where, q, endColumn: "date_end", startColumn: "date_start");
        foreach (var c in Select<ControlChangeDto>(cmd, "c.json, c.article_row, a.text, a.article_id FROM control_changes c JOIN articles a ON a.row_id = c.article_row", where,
                     orderBy, q.Limit))
            yield return c;
    }

    public IReadOnlySet<string> StoredHashes(IEnumerable<string> hashes)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in hashes.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = $"SELECT content_hash FROM articles WHERE content_hash IN ({AddList(cmd, "h", chunk)})";
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) found.Add(reader.GetString(0));
        }
        return found;
    }

    public StoredArticle? ArticleOf(string eventId)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT a.article_id, a.published, a.title, a.url, a.text FROM articles a JOIN events e ON e.article_row = a.row_id WHERE e.event_id = @id";
        Add(cmd, "@id", eventId);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read()) return null;
        return new StoredArticle(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), RowPacking.Unpack(reader.GetValue(4)));
    }

    public IReadOnlyList<(long ArticleRow, EventDto Event)> EventsAfter(long afterArticleRow, int limit)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT {EventsWithText} WHERE e.article_row > @after ORDER BY e.article_row, e.event_id LIMIT @limit";
        Add(cmd, "@after", afterArticleRow);
        Add(cmd, "@limit", limit);
        var result = new List<(long, EventDto)>();
        using var reader = cmd.ExecuteReader();
        var records = new StoredRecords(reader);
        while (reader.Read()) result.Add((reader.GetInt64(1), records.Read<EventDto>()));
        return result;
    }

    public long LatestArticleRow()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(row_id), 0) FROM articles";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public int ArticleCount() => Scalar("SELECT count(*) FROM articles");

    public int EventCount() => Scalar("SELECT count(*) FROM events");

    public virtual void Dispose()
    {
        _connection.Dispose();
        GC.SuppressFinalize(this);
    }

    protected void Execute(DbTransaction? tx, string sql)
    {
        using var cmd = Command(tx, sql);
        cmd.ExecuteNonQuery();
    }

    protected int Scalar(string sql)
    {
        using var cmd = Command(null, sql);
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private DbCommand Command(DbTransaction? tx, string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>The query's date window: what ends on or after --since and starts on or before --until.</summary>
    private static void AddWindow(DbCommand cmd, List<string> where, EventQuery q, string endColumn, string startColumn)
    {
        if (q.Since is { } since) { where.Add($"{endColumn} >= @since"); Add(cmd, "@since", AnalysisMapper.Iso(since)); }
        if (q.Until is { } until) { where.Add($"{startColumn} <= @until"); Add(cmd, "@until", AnalysisMapper.Iso(until)); }
    }

    /// <summary>Runs "SELECT <paramref name="what"/> [WHERE ...] ORDER BY ... LIMIT" and reads each row's stored contract
    /// JSON back as records (the columns <see cref="StoredRecords"/> reads) as they are enumerated. Column names come
    /// from this class only; every value is a parameter.</summary>
    private static IEnumerable<T> Select<T>(DbCommand cmd, string what, List<string> where, string orderBy, int limit)
    {
        cmd.CommandText = $"SELECT {what}" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + $" ORDER BY {orderBy} LIMIT @limit";
        Add(cmd, "@limit", limit);
        using var reader = cmd.ExecuteReader();
        var records = new StoredRecords(reader);
        while (reader.Read()) yield return records.Read<T>();
    }

    /// <summary>Adds the values as parameters @{prefix}0, @{prefix}1, ... and returns them as a list for "IN (...)".</summary>
    private static string AddList(DbCommand cmd, string prefix, IReadOnlyList<string> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++) Add(cmd, names[i] = $"@{prefix}{i}", values[i]);
        return string.Join(", ", names);
    }

    private static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    private static string EscapeLike(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
