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

    public static void Write(TextWriter writer, JsonNode node)
    {
        writer.Write(node.ToJsonString(Options));
        writer.WriteLine();
    }
}
