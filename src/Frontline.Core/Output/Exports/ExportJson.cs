using System.Text.Json;
using System.Text.Json.Nodes;

namespace Frontline.Core.Output.Exports;

/// <summary>How the JSON exports are written: indented, UTF-8 text as is, one trailing newline.</summary>
internal static class ExportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes an array of items as they come, indented as the whole array would be (or the array as a property
    /// of an object opened by <paramref name="open"/> and closed after it), then a newline: an export of any size never
    /// holds more than one item.</summary>
    public static void WriteArray(TextWriter writer, IEnumerable<JsonNode> items, Action<Utf8JsonWriter>? open = null)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        void Drain()
        {
            json.Flush();
            writer.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
        open?.Invoke(json);
        json.WriteStartArray();
        foreach (var item in items)
        {
            item.WriteTo(json, Options);
            Drain();
        }
        json.WriteEndArray();
        if (open is not null) json.WriteEndObject();
        Drain();
        writer.WriteLine();
    }
}
