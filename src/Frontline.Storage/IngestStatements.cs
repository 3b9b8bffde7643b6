using System.Globalization;
using Frontline.Core.Model;
using Frontline.Core.Output;
using System.Data.Common;

namespace Frontline.Storage;

/// <summary>The INSERT statements of one ingest transaction, prepared once and rebound for every row.</summary>
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
            """);
        _event = Prepare(connection, tx, """
            INSERT INTO events (event_id, article_row, date_start, date_end, event_type, sub_event_type, cameo, plover,
                                country, admin1, location, lat, lon, actor1, actor1_acled, actor1_country, actor2, actor2_acled,
                                actor2_country, fatalities, json)
            VALUES (@id, @article, @start, @end, @type, @sub, @cameo, @plover, @country, @admin1, @location, @lat, @lon,
                    @a1, @a1acled, @a1country, @a2, @a2acled, @a2country, @fatalities, @json)
            """);
        _relation = Prepare(connection, tx, "INSERT INTO relations (article_row, type, patron, client, json) VALUES (@article, @type, @patron, @client, @json)");
        _control = Prepare(connection, tx, """
            INSERT INTO control_changes (article_row, place, lat, lon, from_actor, to_actor, date_start, date_end, json)
            VALUES (@article, @place, @lat, @lon, @from, @to, @start, @end, @json)
            """);
    }

    public long? InsertArticle(Article a, string hash)
    {
        Bind(_article, ("@hash", hash), ("@id", a.Id), ("@published", AnalysisMapper.Iso(a.Published)), ("@title", a.Title), ("@url", a.Url),
            ("@text", a.Text), ("@now", DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture)));
        return _article.ExecuteScalar() is long row ? row : null;
    }

    public int InsertEvents(long articleRow, string hash, ArticleAnalysis analysis)
    {
        foreach (var e in analysis.Events)
        {
            var dto = AnalysisMapper.ToDto(e, analysis.Article.Text) with { Id = ContentHash.EventId(hash, e.Id) };
            Bind(_event, ("@id", dto.Id), ("@article", articleRow), ("@start", dto.Date.Start), ("@end", dto.Date.End),
                ("@type", dto.Acled?.EventType), ("@sub", dto.Acled?.SubEventType), ("@cameo", dto.Cameo), ("@plover", dto.Plover?.Type),
                ("@country", dto.Location?.Country), ("@admin1", dto.Location?.Admin1), ("@location", dto.Location?.Name),
                ("@lat", dto.Location?.Lat), ("@lon", dto.Location?.Lon),
                ("@a1", dto.Actor1?.Name), ("@a1acled", dto.Actor1?.AcledName), ("@a1country", dto.Actor1?.Country),
                ("@a2", dto.Actor2?.Name), ("@a2acled", dto.Actor2?.AcledName), ("@a2country", dto.Actor2?.Country),
                ("@fatalities", dto.Fatalities), ("@json", AnalysisJson.Serialize(dto, indented: false)));
            _event.ExecuteNonQuery();
        }
        return analysis.Events.Count;
    }

    public void InsertRelations(long articleRow, ArticleAnalysis analysis)
    {
        foreach (var r in analysis.Relations.Select(r => AnalysisMapper.ToDto(r, analysis.Article)))
        {
            Bind(_relation, ("@article", articleRow), ("@type", r.Type), ("@patron", r.Patron.Name), ("@client", r.Client.Name),
                ("@json", AnalysisJson.Serialize(r, indented: false)));
            _relation.ExecuteNonQuery();
        }
    }

    public void InsertControlChanges(long articleRow, ArticleAnalysis analysis)
    {
        foreach (var c in analysis.ControlChanges.Select(c => AnalysisMapper.ToDto(c, analysis.Article)))
        {
            Bind(_control, ("@article", articleRow), ("@place", c.Location.Name), ("@lat", c.Location.Lat), ("@lon", c.Location.Lon),
                ("@from", c.From?.Name), ("@to", c.To?.Name), ("@start", c.Date.Start), ("@end", c.Date.End),
                ("@json", AnalysisJson.Serialize(c, indented: false)));
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

    private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    /// <summary>Sets every parameter by name (a missing value is SQL NULL); parameters are created on first use.</summary>
    private static void Bind(DbCommand cmd, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            DbParameter parameter;
            if (cmd.Parameters.Contains(name)) parameter = cmd.Parameters[name];
            else
            {
                parameter = cmd.CreateParameter();
                parameter.ParameterName = name;
                cmd.Parameters.Add(parameter);
            }
            parameter.Value = value ?? DBNull.Value;
        }
    }
}
