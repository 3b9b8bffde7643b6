using System.Text.Json;
using Frontline.Core.Model;
using Frontline.Core.Output;

namespace Frontline.Cli;

/// <summary>
/// Writes the contract's one JSON document (`analyze --format json`) as the analyses come, without holding them: the
/// articles go straight to the output, and the events, relations and control changes of each article wait, one compact
/// line each, in three spool files, copied into their arrays once the last article is written. Memory holds one batch;
/// the bytes are those of serializing the whole document at once.
/// </summary>
public sealed class StreamedAnalysisJson : IDisposable
{
    private readonly Utf8JsonWriter _writer;
    private readonly string _spoolDirectory = Directory.CreateTempSubdirectory("frontline-json-").FullName;
    private readonly StreamWriter[] _spools;
    private static readonly string[] Arrays = ["events", "relations", "control_changes"];

    public StreamedAnalysisJson(Stream output)
    {
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = AnalysisJson.Indented.Encoder, Indented = true });
        _spools = Arrays.Select(name => new StreamWriter(Path.Combine(_spoolDirectory, name + ".jsonl"))).ToArray();
        _writer.WriteStartObject();
        _writer.WriteString("schema", AnalysisMapper.Schema);
        _writer.WritePropertyName("articles");
        _writer.WriteStartArray();
    }

    /// <summary>Adds one article's analysis, already mapped (on its worker) to the contract.</summary>
    public void Add(AnalysisDto analysis)
    {
        foreach (var article in analysis.Articles) JsonSerializer.Serialize(_writer, article, AnalysisJson.Indented);
        Spool(0, analysis.Events);
        Spool(1, analysis.Relations);
        Spool(2, analysis.ControlChanges);
    }

    private void Spool<T>(int spool, IReadOnlyList<T> items)
    {
        foreach (var item in items) _spools[spool].WriteLine(AnalysisJson.Serialize(item, indented: false));
    }

    /// <summary>Closes the articles and writes the spooled arrays.</summary>
    public void Finish()
    {
        _writer.WriteEndArray();
        for (var k = 0; k < Arrays.Length; k++)
        {
            _spools[k].Dispose();
            _writer.WritePropertyName(Arrays[k]);
            _writer.WriteStartArray();
            foreach (var line in File.ReadLines(Path.Combine(_spoolDirectory, Arrays[k] + ".jsonl")))
            {
                using var item = JsonDocument.Parse(line);
                item.RootElement.WriteTo(_writer);
                // Flushed now and then: the writer buffers what it has not flushed.
                if (_writer.BytesPending > 1 << 16) _writer.Flush();
            }
            _writer.WriteEndArray();
        }
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose()
    {
        foreach (var spool in _spools) spool.Dispose();
        _writer.Dispose();
        Directory.Delete(_spoolDirectory, recursive: true);
    }
}
