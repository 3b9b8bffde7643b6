namespace Frontline.Storage;

/// <summary>The statements of one ingest transaction, prepared once and rebound for every row.</summary>
internal interface IIngestStatements : IDisposable
{
    /// <summary>The new article's row, or null when the store holds it already (by content hash).</summary>
    long? InsertArticle(StorableArticle s);

    int InsertEvents(long articleRow, StorableArticle s);

    void InsertRelations(long articleRow, StorableArticle s);

    void InsertControlChanges(long articleRow, StorableArticle s);

    /// <summary>Writes whatever the statements held back (a bulk load), before the transaction commits.</summary>
    void Complete()
    {
    }
}
