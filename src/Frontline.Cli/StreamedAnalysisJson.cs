using System.Text;
using Frontline.Core.Output;

namespace Frontline.Cli;

/// <summary>
/// Writes the contract's one JSON document (`analyze --format json`) as the analyses come, without holding them. Each
/// article's part is serialized on the worker that analysed it (<see cref="Prepare"/>), already indented as it stands in
/// the document; the articles go straight to the output, and the events, relations and control changes wait in three
/// spool files, copied byte for byte into their arrays once the last article is written. Memory holds one batch; the
/// bytes are those of serializing the whole document at once (System.Text.Json's indentation: two spaces a level).
/// </summary>
public sealed class StreamedAnalysisJson : IDisposable
{
    /// <summary>One article's items, each serialized and indented for its array, joined by ",\n"; empty when none.</summary>
    public sealed record Part(string Articles, string Events, string Relations, string ControlChanges);

    private static readonly string[] Arrays = ["events", "relations", "control_changes"];
    private readonly StreamWriter _output;
    private readonly string _spoolDirectory = Directory.CreateTempSubdirectory("frontline-json-").FullName;
    private readonly StreamWriter[] _spools;
    private readonly bool[] _spooled = new bool[Arrays.Length];
    private bool _anyArticle;

    public StreamedAnalysisJson(Stream output)
    {
        _output = new StreamWriter(output, new UTF8Encoding(false), 1 << 16);
        _spools = Arrays.Select(name => new StreamWriter(Path.Combine(_spoolDirectory, name + ".json"), false, new UTF8Encoding(false), 1 << 16)).ToArray();
        _output.Write($"{{\n  \"schema\": \"{AnalysisMapper.Schema}\",\n  \"articles\": [");
    }

    /// <summary>An article's analysis as the document holds it: safe on any thread.</summary>
    public static Part Prepare(AnalysisDto analysis) =>
        new(Items(analysis.Articles), Items(analysis.Events), Items(analysis.Relations), Items(analysis.ControlChanges));

    /// <summary>Items of an array two levels deep: serialized indented, then every line moved right by four spaces (a
    /// string's newlines are escaped, so every line break is the serializer's own).</summary>
    private static string Items<T>(IReadOnlyList<T> items)
    {
        if (items.Count == 0) return "";
        var text = new StringBuilder();
        foreach (var item in items)
        {
            if (text.Length > 0) text.Append(",\n");
            text.Append("    ").Append(AnalysisJson.Serialize(item).Replace("\n", "\n    ", StringComparison.Ordinal));
        }
        return text.ToString();
    }

    public void Add(Part part)
    {
        if (part.Articles.Length > 0)
        {
            _output.Write(_anyArticle ? ",\n" : "\n");
            _output.Write(part.Articles);
            _anyArticle = true;
        }
        Spool(0, part.Events);
        Spool(1, part.Relations);
        Spool(2, part.ControlChanges);
    }

    private void Spool(int k, string items)
    {
        if (items.Length == 0) return;
        _spools[k].Write(_spooled[k] ? ",\n" : "\n");
        _spools[k].Write(items);
        _spooled[k] = true;
    }

    /// <summary>Closes the articles and copies the spooled arrays in.</summary>
    public void Finish()
    {
        _output.Write(_anyArticle ? "\n  ]" : "]");
        for (var k = 0; k < Arrays.Length; k++)
        {
            _spools[k].Dispose();
            _output.Write($",\n  \"{Arrays[k]}\": [");
            if (!_spooled[k])
            {
                _output.Write(']');
                continue;
            }
            _output.Flush();
            using (var spool = File.OpenRead(Path.Combine(_spoolDirectory, Arrays[k] + ".json"))) spool.CopyTo(_output.BaseStream);
            _output.Write("\n  ]");
        }
        _output.Write("\n}\n");
        _output.Flush();
    }

    public void Dispose()
    {
        foreach (var spool in _spools) spool.Dispose();
        _output.Dispose();
        Directory.Delete(_spoolDirectory, recursive: true);
    }
}
