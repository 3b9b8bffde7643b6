using System.Data.Common;
using System.Globalization;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// The INSERT statements of one ingest transaction, prepared once and rebound for every row. Each statement's
/// parameters are created once, in the order its values are given, so a row binds by position, not by name lookup.
/// </summary>
internal sealed class IngestStatements : IDisposable
{
    private readonly DbCommand _article;
    private readonly DbCommand _event;
    private readonly DbCommand _relation;
    private readonly DbCommand _control;

    public IngestStatements(DbConnection connection, DbTransaction tx)
    {
        _article = Prepare(connection, tx, """
            INSERT INTO articles (content_hash, article_id, published, title, url, text, ingested_at)
            VALUES (@hash, @id, @published, @title, @url, @text, @now)
            ON CONFLICT(content_hash) DO NOTHING
            RETURNING row_id
            """, "@hash", "@id", "@published", "@title", "@url", "@text", "@now");
        _event = Prepare(connection, tx, """
            INSERT INTO events (event_id, article_row, date_start, date_end, event_type, sub_event_type, cameo, plover,
                                country, admin1, location, lat, lon, actor1, actor1_acled, actor1_country, actor2, actor2_acled,
                                actor2_country, fatalities, json)
            VALUES (@id, @article, @start, @end, @type, @sub, @cameo, @plover, @country, @admin1, @location, @lat, @lon,
                    @a1, @a1acled, @a1country, @a2, @a2acled, @a2country, @fatalities, @json)
            """, "@id", "@article", "@start", "@end", "@type", "@sub", "@cameo", "@plover", "@country", "@admin1", "@location",
            "@lat", "@lon", "@a1", "@a1acled", "@a1country", "@a2", "@a2acled", "@a2country", "@fatalities", "@json");
        _relation = Prepare(connection, tx, "INSERT INTO relations (article_row, type, patron, client, json) VALUES (@article, @type, @patron, @client, @json)",
            "@article", "@type", "@patron", "@client", "@json");
        _control = Prepare(connection, tx, """
            INSERT INTO control_changes (article_row, place, lat, lon, from_actor, to_actor, date_start, date_end, json)
            VALUES (@article, @place, @lat, @lon, @from, @to, @start, @end, @json)
            """, "@article", "@place", "@lat", "@lon", "@from", "@to", "@start", "@end", "@json");
    }

    public long? InsertArticle(StorableArticle s)
    {
        var a = s.Article;
        Bind(_article, s.Hash, a.Id, AnalysisMapper.Iso(a.Published), a.Title, a.Url, a.Text,
            DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture));
        return _article.ExecuteScalar() is long row ? row : null;
    }

    public int InsertEvents(long articleRow, StorableArticle s)
    {
        foreach (var (e, json) in s.Events)
        {
            Bind(_event, e.Id, articleRow, e.Date.Start, e.Date.End, e.Acled?.EventType, e.Acled?.SubEventType, e.Cameo, e.Plover?.Type,
                e.Location?.Country, e.Location?.Admin1, e.Location?.Name, e.Location?.Lat, e.Location?.Lon,
                e.Actor1?.Name, e.Actor1?.AcledName, e.Actor1?.Country, e.Actor2?.Name, e.Actor2?.AcledName, e.Actor2?.Country,
                e.Fatalities, json);
            _event.ExecuteNonQuery();
        }
        return s.Events.Count;
    }

    public void InsertRelations(long articleRow, StorableArticle s)
    {
        foreach (var (r, json) in s.Relations)
        {
            Bind(_relation, articleRow, r.Type, r.Patron.Name, r.Client.Name, json);
            _relation.ExecuteNonQuery();
        }
    }

    public void InsertControlChanges(long articleRow, StorableArticle s)
    {
        foreach (var (c, json) in s.ControlChanges)
        {
            Bind(_control, articleRow, c.Location.Name, c.Location.Lat, c.Location.Lon, c.From?.Name, c.To?.Name, c.Date.Start, c.Date.End, json);
            _control.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        _article.Dispose();
        _event.Dispose();
        _relation.Dispose();
        _control.Dispose();
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql, params string[] parameterNames)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var name in parameterNames)
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = name;
            cmd.Parameters.Add(parameter);
        }
        return cmd;
    }

    /// <summary>Sets the parameters in the order they were prepared; a missing value is SQL NULL.</summary>
    private static void Bind(DbCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
