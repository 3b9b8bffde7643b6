using System.Buffers;
using System.Text.Json;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// A record's row as the store keeps it: serialized compactly into this thread's scratch buffer, then packed
/// (<see cref="RowPacking"/>). Only the packed bytes (a fifth of the JSON) wait for the writer, so a prepared batch
/// holds little for the collector to promote (a batch's JSON, about 28 KB an article, used to reach its oldest
/// generation and die there: docs/BENCHMARKS.md, session 12).
/// </summary>
internal sealed class JsonRows
{
    [ThreadStatic]
    private static JsonRows? _ofThisThread;

    private readonly ArrayBufferWriter<byte> _scratch = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;

    private JsonRows() => _writer = new Utf8JsonWriter(_scratch, AnalysisJson.CompactWriting);

    public static byte[] Packed<T>(T value)
    {
        var rows = _ofThisThread ??= new JsonRows();
        rows._scratch.ResetWrittenCount();
        rows._writer.Reset(rows._scratch);
        AnalysisJson.SerializeTo(rows._writer, value);
        rows._writer.Flush();
        return RowPacking.Pack(rows._scratch.WrittenSpan);
    }
}
