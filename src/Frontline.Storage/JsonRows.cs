using System.Buffers;
using System.Text.Json;
using Frontline.Core.Output;

namespace Frontline.Storage;

/// <summary>
/// One article's rows' JSON, serialized one after another into this thread's scratch buffer and then copied into one
/// buffer from a pool kept for ingest. A prepared batch waits for the writer long enough that its rows' JSON (about
/// 28 KB an article) used to reach the collector's oldest generation and die there, and every full collection that
/// freed it marked the whole gazetteer again: the collector paused an ingest 22-30 % of the time, and 14-17 % with
/// pooled buffers (docs/BENCHMARKS.md, session 12).
/// </summary>
internal sealed class JsonRows
{
    /// <summary>Enough buffers of each size for a batch; a buffer returned to a full bucket is left to the collector.</summary>
    private static readonly ArrayPool<byte> Pool =
        ArrayPool<byte>.Create(maxArrayLength: 1024 * 1024, maxArraysPerBucket: BatchIngest.DefaultBatchSize + 64);

    [ThreadStatic]
    private static JsonRows? _ofThisThread;

    private readonly ArrayBufferWriter<byte> _scratch = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly List<(int Start, int Length)> _rows = [];

    private JsonRows() => _writer = new Utf8JsonWriter(_scratch, AnalysisJson.CompactWriting);

    /// <summary>This thread's packer, empty: an article is prepared on one thread, start to end.</summary>
    public static JsonRows Begin()
    {
        var rows = _ofThisThread ??= new JsonRows();
        rows._scratch.ResetWrittenCount();
        rows._rows.Clear();
        return rows;
    }

    /// <summary>Serializes the next row; its number is the order of adding.</summary>
    public void Add<T>(T value)
    {
        var start = _scratch.WrittenCount;
        _writer.Reset(_scratch);
        AnalysisJson.SerializeTo(_writer, value);
        _writer.Flush();
        _rows.Add((start, _scratch.WrittenCount - start));
    }

    /// <summary>The rows added, copied into a rented buffer (to give back with <see cref="Return"/> once written), and each
    /// row's slice of it, in the order added.</summary>
    public (byte[] Buffer, Utf8Json[] Rows) Pack()
    {
        var buffer = Pool.Rent(_scratch.WrittenCount);
        _scratch.WrittenSpan.CopyTo(buffer);
        var slices = new Utf8Json[_rows.Count];
        for (var i = 0; i < _rows.Count; i++) slices[i] = new Utf8Json(buffer, _rows[i].Start, _rows[i].Length);
        return (buffer, slices);
    }

    public static void Return(byte[] buffer) => Pool.Return(buffer);
}
