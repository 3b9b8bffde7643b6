using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frontline.Core.Output;

/// <summary>Reads and writes the output contract with one set of options (snake_case, nulls kept).</summary>
public static class AnalysisJson
{
    public static readonly JsonSerializerOptions Indented = Options(true);
    public static readonly JsonSerializerOptions Compact = Options(false);

    public static string Serialize<T>(T value, bool indented = true) => JsonSerializer.Serialize(value, indented ? Indented : Compact);

    /// <summary>Compact JSON as UTF-8, what a store keeps, written by a writer the caller keeps (made with
    /// <see cref="CompactWriting"/>): no UTF-16 string is made only to be encoded again.</summary>
    public static void SerializeTo<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, Compact);

    /// <summary>Compact JSON as UTF-8 bytes, as a line of JSON-lines output writes it: no UTF-16 string on the way.</summary>
    public static byte[] SerializeToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Compact);

    /// <summary>A writer's options that give what <see cref="Serialize{T}"/> gives in compact form: the writer, not the
    /// serializer, decides escaping and indentation.</summary>
    public static JsonWriterOptions CompactWriting => new() { Encoder = Compact.Encoder, Indented = Compact.WriteIndented };

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Compact)
        ?? throw new JsonException("empty JSON document");

    /// <summary>The same from UTF-8 bytes (as a store keeps them), with no string made on the way.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<T>(utf8, Compact)
        ?? throw new JsonException("empty JSON document");

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = indented,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
