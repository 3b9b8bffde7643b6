using System.Globalization;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// What an ingest writes, whatever binds it: the four tables with their columns and each row's values in column order
/// (an article's text and each row's JSON packed: <see cref="RowPacking"/>).
/// SQLite's writer (<see cref="SqliteIngestStatements"/>) inserts them row by row, PostgreSQL's
/// (<see cref="PostgresIngestStatements"/>) inserts the articles and bulk-loads the rest; both take them from here.
/// </summary>
internal static class IngestRows
{
    /// <summary>A table an ingest writes: its columns in the order each row's values are given.</summary>
    public sealed record Table(string Name, string[] Columns)
    {
        /// <summary>Parameters @c0, @c1, ... in column order (SQLite binds by position, ADO.NET by these names).</summary>
        public string[] Parameters { get; } = Columns.Select((_, i) => $"@c{i}").ToArray();

        public string InsertSql => $"INSERT INTO {Name} ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Parameters)})";

        /// <summary>PostgreSQL's bulk load of the same columns (binary COPY).</summary>
        public string CopySql => $"COPY {Name} ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)";
    }

    public static readonly Table Articles = new("articles",
        ["content_hash", "article_id", "published", "title", "url", "text", "ingested_at", "byline", "published_at"]);

    public static readonly Table Events = new("events",
    [
        "event_id", "article_row", "date_start", "date_end", "event_type", "sub_event_type", "cameo", "plover", "country",
        "actor1", "actor1_acled", "actor1_country", "actor2", "actor2_acled", "actor2_country", "json",
    ]);

    public static readonly Table Relations = new("relations", ["article_row", "json"]);

    public static readonly Table ControlChanges = new("control_changes", ["article_row", "date_start", "date_end", "json"]);

    /// <summary>An article already stored (same content hash) is skipped: no row comes back.</summary>
    public static readonly string ArticleSql = Articles.InsertSql + " ON CONFLICT(content_hash) DO NOTHING RETURNING row_id";

    public static object?[] Article(StorableArticle s)
    {
        var a = s.Article;
        return [s.Hash, a.Id, AnalysisMapper.Iso(a.Published), a.Title, a.Url, s.PackedText, DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            a.Byline, a.PublishedAt?.ToString("o", CultureInfo.InvariantCulture)];
    }

    public static object?[] Event(long articleRow, EventColumns e, byte[] json) =>
    [
        e.Id, articleRow, e.DateStart, e.DateEnd, e.EventType, e.SubEventType, e.Cameo, e.Plover, e.Country,
        e.Actor1, e.Actor1Acled, e.Actor1Country, e.Actor2, e.Actor2Acled, e.Actor2Country, json,
    ];

    public static object?[] Relation(long articleRow, byte[] json) => [articleRow, json];

    public static object?[] Control(long articleRow, ControlColumns c, byte[] json) => [articleRow, c.DateStart, c.DateEnd, json];
}
