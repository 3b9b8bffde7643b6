using System.Text.Json;
using Frontline.Core.Knowledge;

namespace Frontline.Tests.Knowledge;

/// <summary>The knowledge files as written by hand: a JSON object that names a key twice keeps only one of the two
/// values when it is read, so the other edit is silently lost.</summary>
public class DataFileTests
{
    public static TheoryData<string> JsonFiles()
    {
        var files = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(DataFiles.DefaultDirectory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            files.Add(Path.GetRelativePath(DataFiles.DefaultDirectory, path));
        return files;
    }

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void No_object_in_a_data_file_names_a_key_twice(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataFiles.DefaultDirectory, file)));
        Repeated(doc.RootElement, "$").ShouldBeEmpty(file);
    }

    [Fact]
    public void A_key_named_twice_is_found()
    {
        using var doc = JsonDocument.Parse("""{"triggers": [{"frame": "capture", "not_before": ["by"], "not_before": ["alive"]}]}""");
        Repeated(doc.RootElement, "$").ShouldBe(["$.triggers[0].not_before"]);
    }

    private static List<string> Repeated(JsonElement e, string path)
    {
        var found = new List<string>();
        if (e.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (!seen.Add(p.Name)) found.Add($"{path}.{p.Name}");
                found.AddRange(Repeated(p.Value, $"{path}.{p.Name}"));
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in e.EnumerateArray()) found.AddRange(Repeated(item, $"{path}[{i++}]"));
        }
        return found;
    }
}
