namespace Frontline.Core.Knowledge;

/// <summary>Reads the project's data files: tab-separated tables with a header row, and plain word lists.</summary>
public static class DataFiles
{
    /// <summary>The data folder shipped beside the binaries (copied there by the build).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static IEnumerable<Dictionary<string, string>> ReadTable(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t') ?? throw new InvalidDataException($"{path}: empty table");
        string? line;
        var lineNumber = 1;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length > header.Length)
                throw new InvalidDataException($"{path}:{lineNumber}: {cells.Length} cells, header has {header.Length}");
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < cells.Length ? cells[i].Trim() : "";
            yield return row;
        }
    }

    /// <summary>One entry per line; blank lines and lines starting with '#' are skipped.</summary>
    public static IEnumerable<string> ReadList(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
}
