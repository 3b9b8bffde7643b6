using System.Data.Common;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// Reads stored records back from a query whose columns are a row's packed JSON, its article's row, that article's
/// packed text and id, and (for events) the event's id: the JSON unpacked (<see cref="RowPacking"/>), given back what
/// the store left out of it (<see cref="StoredForm"/>), each article's text unpacked once while its rows come in.
/// </summary>
internal sealed class StoredRecords(DbDataReader reader)
{
    /// <summary>Rows come in date order, not article order: the texts of the last few hundred articles are kept.</summary>
    private const int TextsKept = 256;

    private readonly Dictionary<long, string> _texts = [];

    public T Read<T>()
    {
        var json = reader.GetValue(0);
        var record = json is byte[] stored ? AnalysisJson.Deserialize<T>(RowPacking.Utf8(stored)) : AnalysisJson.Deserialize<T>(RowPacking.Unpack(json));
        var eventId = reader.FieldCount > 4 ? reader.GetString(4) : null;
        return StoredForm.Restore(record, eventId, reader.GetString(3), ArticleText);
    }

    private string ArticleText()
    {
        var row = reader.GetInt64(1);
        if (_texts.TryGetValue(row, out var text)) return text;
        if (_texts.Count >= TextsKept) _texts.Clear();
        return _texts[row] = RowPacking.Unpack(reader.GetValue(2));
    }
}
