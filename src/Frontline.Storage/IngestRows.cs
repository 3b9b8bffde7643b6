using System.Globalization;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// What an ingest writes, whatever binds it: the four INSERT statements and each row's values in the order of the
/// statement's parameters. The ADO.NET writer (<see cref="IngestStatements"/>) and SQLite's own
/// (<see cref="SqliteIngestStatements"/>) both take them from here.
/// </summary>
internal static class IngestRows
{
    public const string ArticleSql = """
        INSERT INTO articles (content_hash, article_id, published, title, url, text, ingested_at, byline, published_at)
        VALUES (@hash, @id, @published, @title, @url, @text, @now, @byline, @published_at)
        ON CONFLICT(content_hash) DO NOTHING
        RETURNING row_id
        """;

    public static readonly string[] ArticleParameters = ["@hash", "@id", "@published", "@title", "@url", "@text", "@now", "@byline", "@published_at"];

    public const string EventSql = """
        INSERT INTO events (event_id, article_row, date_start, date_end, event_type, sub_event_type, cameo, plover,
                            country, admin1, location, lat, lon, actor1, actor1_acled, actor1_country, actor2, actor2_acled,
                            actor2_country, fatalities, json)
        VALUES (@id, @article, @start, @end, @type, @sub, @cameo, @plover, @country, @admin1, @location, @lat, @lon,
                @a1, @a1acled, @a1country, @a2, @a2acled, @a2country, @fatalities, @json)
        """;

    public static readonly string[] EventParameters =
    [
        "@id", "@article", "@start", "@end", "@type", "@sub", "@cameo", "@plover", "@country", "@admin1", "@location",
        "@lat", "@lon", "@a1", "@a1acled", "@a1country", "@a2", "@a2acled", "@a2country", "@fatalities", "@json",
    ];

    public const string RelationSql = "INSERT INTO relations (article_row, type, patron, client, json) VALUES (@article, @type, @patron, @client, @json)";

    public static readonly string[] RelationParameters = ["@article", "@type", "@patron", "@client", "@json"];

    public const string ControlSql = """
        INSERT INTO control_changes (article_row, place, lat, lon, from_actor, to_actor, date_start, date_end, json)
        VALUES (@article, @place, @lat, @lon, @from, @to, @start, @end, @json)
        """;

    public static readonly string[] ControlParameters = ["@article", "@place", "@lat", "@lon", "@from", "@to", "@start", "@end", "@json"];

    public static object?[] Article(StorableArticle s)
    {
        var a = s.Article;
        return [s.Hash, a.Id, AnalysisMapper.Iso(a.Published), a.Title, a.Url, a.Text, DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            a.Byline, a.PublishedAt?.ToString("o", CultureInfo.InvariantCulture)];
    }

    public static object?[] Event(long articleRow, EventColumns e, Utf8Json json) =>
    [
        e.Id, articleRow, e.DateStart, e.DateEnd, e.EventType, e.SubEventType, e.Cameo, e.Plover,
        e.Country, e.Admin1, e.Location, e.Lat, e.Lon,
        e.Actor1, e.Actor1Acled, e.Actor1Country, e.Actor2, e.Actor2Acled, e.Actor2Country,
        e.Fatalities, json,
    ];

    public static object?[] Relation(long articleRow, RelationColumns r, Utf8Json json) => [articleRow, r.Type, r.Patron, r.Client, json];

    public static object?[] Control(long articleRow, ControlColumns c, Utf8Json json) =>
        [articleRow, c.Place, c.Lat, c.Lon, c.From, c.To, c.DateStart, c.DateEnd, json];
}
