using Npgsql;

namespace Frontline.Storage;

/// <summary>
/// PostgreSQL's ingest writer. Each article is inserted on its own (the store answers whether it is new, and with its
/// row); the rows of the new articles' events, relations and control changes are kept and bulk-loaded by binary COPY
/// when the batch completes, inside the same transaction. Row by row, every event was a round trip: 3,000 seed-sized
/// articles (33,000 events) took 11.6 s to store (docs/BENCHMARKS.md, session 14).
/// </summary>
internal sealed class PostgresIngestStatements : IIngestStatements
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _article;
    private readonly List<object?[]> _events = [];
    private readonly List<object?[]> _relations = [];
    private readonly List<object?[]> _controls = [];

    public PostgresIngestStatements(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        _connection = connection;
        _article = new NpgsqlCommand(IngestRows.ArticleSql, connection, tx);
        foreach (var name in IngestRows.Articles.Parameters) _article.Parameters.Add(new NpgsqlParameter { ParameterName = name });
    }

    public long? InsertArticle(StorableArticle s)
    {
        var values = IngestRows.Article(s);
        for (var i = 0; i < values.Length; i++) _article.Parameters[i].Value = values[i] ?? DBNull.Value;
        return _article.ExecuteScalar() is long row ? row : null;
    }

    public int InsertEvents(long articleRow, StorableArticle s)
    {
        foreach (var (e, json) in s.Events) _events.Add(IngestRows.Event(articleRow, e, json));
        return s.Events.Count;
    }

    public void InsertRelations(long articleRow, StorableArticle s)
    {
        foreach (var row in s.Relations) _relations.Add(IngestRows.Relation(articleRow, row.Packed));
    }

    public void InsertControlChanges(long articleRow, StorableArticle s)
    {
        foreach (var (c, json) in s.ControlChanges) _controls.Add(IngestRows.Control(articleRow, c, json));
    }

    public void Complete()
    {
        Copy(IngestRows.Events, _events);
        Copy(IngestRows.Relations, _relations);
        Copy(IngestRows.ControlChanges, _controls);
    }

    /// <summary>Bulk-loads rows; each value's column type follows from its CLR type (text, bigint, integer, double
    /// precision, bytea), a missing value is NULL.</summary>
    private void Copy(IngestRows.Table table, List<object?[]> rows)
    {
        if (rows.Count == 0) return;
        using var importer = _connection.BeginBinaryImport(table.CopySql);
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: importer.WriteNull(); break;
                    case string text: importer.Write(text); break;
                    case byte[] packed: importer.Write(packed, NpgsqlTypes.NpgsqlDbType.Bytea); break;
                    case long number: importer.Write(number); break;
                    case int number: importer.Write(number); break;
                    case double number: importer.Write(number); break;
                    default: throw new InvalidOperationException($"{table.Name}: no COPY type for {value.GetType().Name}");
                }
            }
        }
        importer.Complete();
        rows.Clear();
    }

    public void Dispose() => _article.Dispose();
}
