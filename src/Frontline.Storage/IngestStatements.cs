using System.Data.Common;

namespace Frontline.Storage;

/// <summary>
/// The ingest statements over ADO.NET (PostgreSQL). Each statement's parameters are created once, in the order its values
/// are given (<see cref="IngestRows"/>), so a row binds by position, not by name lookup.
/// </summary>
internal sealed class IngestStatements : IIngestStatements
{
    private readonly DbCommand _article;
    private readonly DbCommand _event;
    private readonly DbCommand _relation;
    private readonly DbCommand _control;

    public IngestStatements(DbConnection connection, DbTransaction tx)
    {
        _article = Prepare(connection, tx, IngestRows.ArticleSql, IngestRows.ArticleParameters);
        _event = Prepare(connection, tx, IngestRows.EventSql, IngestRows.EventParameters);
        _relation = Prepare(connection, tx, IngestRows.RelationSql, IngestRows.RelationParameters);
        _control = Prepare(connection, tx, IngestRows.ControlSql, IngestRows.ControlParameters);
    }

    public long? InsertArticle(StorableArticle s)
    {
        Bind(_article, IngestRows.Article(s));
        return _article.ExecuteScalar() is long row ? row : null;
    }

    public int InsertEvents(long articleRow, StorableArticle s)
    {
        foreach (var (e, json) in s.Events)
        {
            Bind(_event, IngestRows.Event(articleRow, e, json));
            _event.ExecuteNonQuery();
        }
        return s.Events.Count;
    }

    public void InsertRelations(long articleRow, StorableArticle s)
    {
        foreach (var (r, json) in s.Relations)
        {
            Bind(_relation, IngestRows.Relation(articleRow, r, json));
            _relation.ExecuteNonQuery();
        }
    }

    public void InsertControlChanges(long articleRow, StorableArticle s)
    {
        foreach (var (c, json) in s.ControlChanges)
        {
            Bind(_control, IngestRows.Control(articleRow, c, json));
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

    private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql, string[] parameterNames)
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
    private static void Bind(DbCommand cmd, object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] switch { null => DBNull.Value, Utf8Json json => json.ToString(), var value => value };
    }
}
