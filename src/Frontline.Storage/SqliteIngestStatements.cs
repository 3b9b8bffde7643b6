using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Frontline.Storage;

/// <summary>
/// The ingest statements on SQLite's own interface, beneath Microsoft.Data.Sqlite, on the same connection and inside its
/// transaction. The single writer spent most of its time around SQLite rather than in it: the ADO.NET layer looks each
/// of an event row's 21 parameters up by name and makes a data reader at every execution. Here each statement is
/// prepared once per batch, bound by index (SQLite numbers named parameters in order of appearance, which is the order
/// <see cref="IngestRows"/> gives values in), stepped and reset.
/// </summary>
internal sealed class SqliteIngestStatements : IIngestStatements
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _article;
    private readonly sqlite3_stmt _event;
    private readonly sqlite3_stmt _relation;
    private readonly sqlite3_stmt _control;

    public SqliteIngestStatements(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        _article = Prepare(IngestRows.ArticleSql);
        _event = Prepare(IngestRows.Events.InsertSql);
        _relation = Prepare(IngestRows.Relations.InsertSql);
        _control = Prepare(IngestRows.ControlChanges.InsertSql);
    }

    public long? InsertArticle(StorableArticle s)
    {
        Bind(_article, IngestRows.Article(s));
        try
        {
            var rc = raw.sqlite3_step(_article);
            if (rc == raw.SQLITE_ROW) return raw.sqlite3_column_int64(_article, 0);
            Check(rc, raw.SQLITE_DONE);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_article);
        }
    }

    public int InsertEvents(long articleRow, StorableArticle s)
    {
        foreach (var (e, json) in s.Events) Execute(_event, IngestRows.Event(articleRow, e, json));
        return s.Events.Count;
    }

    public void InsertRelations(long articleRow, StorableArticle s)
    {
        foreach (var row in s.Relations) Execute(_relation, IngestRows.Relation(articleRow, row.Packed));
    }

    public void InsertControlChanges(long articleRow, StorableArticle s)
    {
        foreach (var (c, json) in s.ControlChanges) Execute(_control, IngestRows.Control(articleRow, c, json));
    }

    public void Dispose()
    {
        _article.Dispose();
        _event.Dispose();
        _relation.Dispose();
        _control.Dispose();
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement), raw.SQLITE_OK);
        return statement;
    }

    private void Execute(sqlite3_stmt statement, object?[] values)
    {
        Bind(statement, values);
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        Check(rc, raw.SQLITE_DONE);
    }

    /// <summary>Binds a row's values by position (SQLite counts from 1); a missing value is SQL NULL. The types are those
    /// <see cref="IngestRows"/> gives, stored as Microsoft.Data.Sqlite stores them.</summary>
    private void Bind(sqlite3_stmt statement, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                string text => BindText(statement, i + 1, text),
                byte[] packed => raw.sqlite3_bind_blob(statement, i + 1, packed),
                long number => raw.sqlite3_bind_int64(statement, i + 1, number),
                int number => raw.sqlite3_bind_int64(statement, i + 1, number),
                double real => raw.sqlite3_bind_double(statement, i + 1, real),
                var other => throw new InvalidOperationException($"no SQLite binding for a {other.GetType().Name}"),
            };
            Check(rc, raw.SQLITE_OK);
        }
    }

    private byte[] _utf8 = new byte[16 * 1024];

    /// <summary>Text goes to SQLite as UTF-8 from one reused buffer (SQLite copies it at once), not a new array per value:
    /// an event row binds a kilobyte of JSON and a dozen names.</summary>
    private int BindText(sqlite3_stmt statement, int index, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < most) _utf8 = new byte[Math.Max(most, 2 * _utf8.Length)];
        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, length));
    }

    /// <summary>A failed call becomes the SqliteException Microsoft.Data.Sqlite would raise, so that the store's retry and
    /// rollback treat both writers alike.</summary>
    private void Check(int rc, int expected)
    {
        if (rc != expected) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
