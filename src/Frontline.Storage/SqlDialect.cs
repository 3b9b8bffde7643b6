using System.Data.Common;
using System.Globalization;

namespace Frontline.Storage;

/// <summary>
/// What differs between the SQL backends: the schema's DDL (identity columns, float types) and where the schema version
/// is recorded. Every query and statement is shared: named @parameters, lower() for case-insensitive matches,
/// INSERT ... ON CONFLICT DO NOTHING RETURNING, LIMIT.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>Numbered migrations; migration N brings the schema from version N to N+1.</summary>
    public abstract IReadOnlyList<string> Migrations { get; }

    public abstract int ReadVersion(DbConnection connection, DbTransaction tx);

    public abstract string RecordVersion(int version);

    /// <summary>Whether a failed transaction may simply be run again (a deadlock, a serialization failure, a busy file).</summary>
    public abstract bool IsTransient(DbException e);

    /// <summary>Serializes migrations between processes opening the same store at once (a no-op where the file lock does it).</summary>
    public virtual string? MigrationLock => null;

    /// <summary>The schema of version 1, written once with the backend's identity and float types.</summary>
    protected static string Schema(string identity, string real) => $"""
        CREATE TABLE articles (
            row_id {identity},
            content_hash TEXT NOT NULL UNIQUE,
            article_id TEXT NOT NULL,
            published TEXT NOT NULL,
            title TEXT, url TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            article_row BIGINT NOT NULL REFERENCES articles(row_id),
            date_start TEXT NOT NULL, date_end TEXT NOT NULL,
            event_type TEXT, sub_event_type TEXT, cameo TEXT, plover TEXT,
            country TEXT, admin1 TEXT, location TEXT, lat {real}, lon {real},
            actor1 TEXT, actor1_acled TEXT, actor1_country TEXT,
            actor2 TEXT, actor2_acled TEXT, actor2_country TEXT,
            fatalities INTEGER,
            json TEXT NOT NULL);
        CREATE INDEX events_date ON events(date_start, date_end);
        CREATE INDEX events_country ON events(country);
        CREATE INDEX events_type ON events(event_type);
        CREATE INDEX events_actor1 ON events(actor1);
        CREATE INDEX events_article ON events(article_row);
        CREATE TABLE relations (
            row_id {identity},
            article_row BIGINT NOT NULL REFERENCES articles(row_id),
            type TEXT NOT NULL, patron TEXT NOT NULL, client TEXT NOT NULL,
            json TEXT NOT NULL);
        CREATE TABLE control_changes (
            row_id {identity},
            article_row BIGINT NOT NULL REFERENCES articles(row_id),
            place TEXT NOT NULL, lat {real}, lon {real},
            from_actor TEXT, to_actor TEXT,
            date_start TEXT NOT NULL, date_end TEXT NOT NULL,
            json TEXT NOT NULL);
        CREATE INDEX control_place ON control_changes(place);
        """;

    /// <summary>Version 2 drops the indexes on events' country, type and first actor. No query could use them (a
    /// country filter also matches either actor's country, a type filter compares lower-cased names or codes, an actor
    /// filter is a substring match), yet every stored event updated them: with them, writing 10,000 articles took
    /// 1.5 s into an empty store and 2.3-2.7 s into one of 90,000; without, 1.1-1.5 s (docs/BENCHMARKS.md,
    /// session 12).</summary>
    protected const string UnusedIndexesDropped = """
        DROP INDEX IF EXISTS events_country;
        DROP INDEX IF EXISTS events_type;
        DROP INDEX IF EXISTS events_actor1;
        """;

    /// <summary>Version 4: rows keep their JSON packed (<see cref="RowPacking"/>, evidence quotes left to the article:
    /// <see cref="StoredForm"/>), and the columns no query reads are dropped (an event's place, point and toll, a
    /// relation's sides, a control change's place and sides: every query filters events by date, country, type or
    /// actor, and relations and control changes by date only; the rest is in the JSON). With them, a seed-sized article
    /// took 26.7 KB of store; without them and packed, about 8 KB (docs/BENCHMARKS.md, session 16).</summary>
    protected const string UnqueriedColumnsDropped = """
        DROP INDEX IF EXISTS control_place;
        ALTER TABLE events DROP COLUMN admin1;
        ALTER TABLE events DROP COLUMN location;
        ALTER TABLE events DROP COLUMN lat;
        ALTER TABLE events DROP COLUMN lon;
        ALTER TABLE events DROP COLUMN fatalities;
        ALTER TABLE relations DROP COLUMN type;
        ALTER TABLE relations DROP COLUMN patron;
        ALTER TABLE relations DROP COLUMN client;
        ALTER TABLE control_changes DROP COLUMN place;
        ALTER TABLE control_changes DROP COLUMN lat;
        ALTER TABLE control_changes DROP COLUMN lon;
        ALTER TABLE control_changes DROP COLUMN from_actor;
        ALTER TABLE control_changes DROP COLUMN to_actor;

        """;

    /// <summary>Version 3: what a watcher keeps (<see cref="IWatchLedger"/>): its sources with their poll state and lease,
    /// every feed item it has claimed or stored, and the alerts its rules raised with their webhook deliveries; and an article's byline and exact publication time, as a feed or page
    /// gives them.</summary>
    protected static string WatchTables(string bigint) => $"""
        ALTER TABLE articles ADD COLUMN byline TEXT;
        ALTER TABLE articles ADD COLUMN published_at TEXT;
        CREATE TABLE watch_sources (
            url TEXT PRIMARY KEY,
            every_ms {bigint} NOT NULL,
            hints TEXT,
            enabled INTEGER NOT NULL DEFAULT 1,
            next_poll_ms {bigint} NOT NULL DEFAULT 0,
            lease_owner TEXT,
            lease_until_ms {bigint} NOT NULL DEFAULT 0,
            last_poll_ms {bigint},
            last_status TEXT, last_error TEXT,
            etag TEXT, last_modified TEXT,
            polls {bigint} NOT NULL DEFAULT 0,
            items {bigint} NOT NULL DEFAULT 0,
            errors {bigint} NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX watch_sources_due ON watch_sources(next_poll_ms);
        CREATE TABLE watch_items (
            item_key TEXT PRIMARY KEY,
            source_url TEXT NOT NULL,
            state TEXT NOT NULL,
            owner TEXT,
            claimed_until_ms {bigint} NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            seen_ms {bigint} NOT NULL,
            note TEXT);
        CREATE TABLE watch_alerts (
            alert_key TEXT PRIMARY KEY,
            rule TEXT NOT NULL,
            summary TEXT NOT NULL,
            payload TEXT NOT NULL,
            webhook TEXT,
            created_ms {bigint} NOT NULL,
            delivered_ms {bigint},
            attempts INTEGER NOT NULL DEFAULT 0,
            next_try_ms {bigint} NOT NULL DEFAULT 0,
            lease_owner TEXT,
            lease_until_ms {bigint} NOT NULL DEFAULT 0,
            last_error TEXT);
        CREATE INDEX watch_alerts_created ON watch_alerts(created_ms);
        """;

    /// <summary>The whole days between two ISO date columns (0 for one day).</summary>
    public abstract string DaySpan(string startColumn, string endColumn);

    /// <summary>What a lease query adds so that workers racing for due sources each take different ones without
    /// waiting (nothing where one writer at a time holds the whole file).</summary>
    public virtual string SkipLocked => "";

    protected static int Scalar(DbConnection connection, DbTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar() ?? 0, CultureInfo.InvariantCulture);
    }
}

/// <summary>SQLite: the version lives in PRAGMA user_version; "INTEGER PRIMARY KEY" is the row id.</summary>
public sealed class SqliteDialect : SqlDialect
{
    /// <summary>Version 4 (<see cref="SqlDialect.UnqueriedColumnsDropped"/>): a SQLite column keeps whatever type each
    /// value has, so packed blobs stand beside the text an earlier version wrote.</summary>
    public override IReadOnlyList<string> Migrations { get; } =
        [Schema("INTEGER PRIMARY KEY", "REAL"), UnusedIndexesDropped, WatchTables("INTEGER"), UnqueriedColumnsDropped];

    public override int ReadVersion(DbConnection connection, DbTransaction tx) => Scalar(connection, tx, "PRAGMA user_version");

    public override string DaySpan(string startColumn, string endColumn) => $"CAST(julianday({endColumn}) - julianday({startColumn}) AS INTEGER)";

    public override string RecordVersion(int version) => $"PRAGMA user_version = {version};";

    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another writer held the file past the busy timeout.
    public override bool IsTransient(DbException e) => e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 };
}

/// <summary>PostgreSQL: the version lives in a one-row table; identity columns; an advisory lock serializes migrations.</summary>
public sealed class PostgresDialect : SqlDialect
{
    public override IReadOnlyList<string> Migrations { get; } =
        [Schema("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "DOUBLE PRECISION"), UnusedIndexesDropped, WatchTables("BIGINT"),
            UnqueriedColumnsDropped + PackedColumns];

    /// <summary>Version 4, besides <see cref="SqlDialect.UnqueriedColumnsDropped"/>: articles' text and rows' JSON become
    /// bytes (packed by <see cref="RowPacking"/>); what an earlier version stored is kept as its UTF-8 bytes, which read
    /// back as they were.</summary>
    private const string PackedColumns = """
        ALTER TABLE articles ALTER COLUMN text TYPE BYTEA USING convert_to(text, 'UTF8');
        ALTER TABLE events ALTER COLUMN json TYPE BYTEA USING convert_to(json, 'UTF8');
        ALTER TABLE relations ALTER COLUMN json TYPE BYTEA USING convert_to(json, 'UTF8');
        ALTER TABLE control_changes ALTER COLUMN json TYPE BYTEA USING convert_to(json, 'UTF8');
        """;

    public override string SkipLocked => " FOR UPDATE SKIP LOCKED";

    public override string DaySpan(string startColumn, string endColumn) => $"({endColumn}::date - {startColumn}::date)";

    public override string MigrationLock => "SELECT pg_advisory_xact_lock(727370); CREATE TABLE IF NOT EXISTS frontline_schema (version INTEGER NOT NULL);";

    public override int ReadVersion(DbConnection connection, DbTransaction tx) =>
        Scalar(connection, tx, "SELECT coalesce(max(version), 0) FROM frontline_schema");

    public override string RecordVersion(int version) => $"DELETE FROM frontline_schema; INSERT INTO frontline_schema (version) VALUES ({version});";

    // 40P01 deadlock detected, 40001 serialization failure.
    public override bool IsTransient(DbException e) => e is Npgsql.PostgresException { SqlState: "40P01" or "40001" };
}
