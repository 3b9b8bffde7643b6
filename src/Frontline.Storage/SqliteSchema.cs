using Microsoft.Data.Sqlite;

namespace Frontline.Storage;

/// <summary>Versioned schema: each migration runs once, in order, inside a transaction; PRAGMA user_version records
/// the version reached, so opening an older store upgrades it and opening a current one does nothing.</summary>
public static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE articles (
            row_id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            article_id TEXT NOT NULL,
            published TEXT NOT NULL,
            title TEXT, url TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            article_row INTEGER NOT NULL REFERENCES articles(row_id),
            date_start TEXT NOT NULL, date_end TEXT NOT NULL,
            event_type TEXT, sub_event_type TEXT, cameo TEXT, plover TEXT,
            country TEXT, admin1 TEXT, location TEXT, lat REAL, lon REAL,
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
            row_id INTEGER PRIMARY KEY,
            article_row INTEGER NOT NULL REFERENCES articles(row_id),
            type TEXT NOT NULL, patron TEXT NOT NULL, client TEXT NOT NULL,
            json TEXT NOT NULL);
        CREATE TABLE control_changes (
            row_id INTEGER PRIMARY KEY,
            article_row INTEGER NOT NULL REFERENCES articles(row_id),
            place TEXT NOT NULL, lat REAL, lon REAL,
            from_actor TEXT, to_actor TEXT,
            date_start TEXT NOT NULL, date_end TEXT NOT NULL,
            json TEXT NOT NULL);
        CREATE INDEX control_place ON control_changes(place);
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static void Migrate(SqliteConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
            throw new StoreException($"store schema version {version} is newer than this Frontline ({Migrations.Length}); upgrade Frontline");
        for (var v = version; v < Migrations.Length; v++)
        {
            using var tx = connection.BeginTransaction();
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = Migrations[v] + $"\nPRAGMA user_version = {v + 1};";
            cmd.ExecuteNonQuery();
            tx.Commit();
        }
    }
}
