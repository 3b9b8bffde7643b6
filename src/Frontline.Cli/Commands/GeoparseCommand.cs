using System.CommandLine;
using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Output;
using Frontline.Core.Pipeline;
using Spectre.Console;

namespace Frontline.Cli.Commands;

/// <summary>`frontline geoparse INPUT... [--published DATE] [--format jsonl|json|table]`: every toponym of each article,
/// with its span, place, confidence and reasons.</summary>
public static class GeoparseCommand
{
    /// <summary>Articles parsed at a time: memory holds one batch's output, not the corpus's.</summary>
    private const int Batch = 500;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Text files, JSON-lines files, feeds, folders, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Published();
        var country = CommonOptions.Country();
        var format = CommonOptions.Format("jsonl", "json", "table");
        var command = new Command("geoparse", "Find and geocode every place name in each article") { inputs, published, country, format };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var names = parse.GetValue(inputs)!;
            var date = CommonOptions.PublishedDate(parse.GetValue(published));
            var hint = CommonOptions.CountryHint(parse.GetValue(country));
            InputFiles.Check(names, date, hint);
            var geoparser = new Geoparser(KnowledgeBase.Default);
            BatchCollection.Begin();
            var mode = parse.GetValue(format);
            // Buffered: the console writer flushes every write, and a corpus writes thousands of lines.
            using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
            if (mode == "json") output.Write('[');
            var first = true;
            foreach (var batch in InputFiles.ReadEach(names, date, hint).Chunk(Batch))
            {
                if (mode == "table")
                {
                    foreach (var article in batch) WriteTable(article, geoparser.Parse(article));
                    continue;
                }
                // Each document is serialized on the worker that parsed it; only the text waits for the writer.
                var indented = mode == "json";
                var documents = batch.AsParallel().AsOrdered()
                    .Select(a => AnalysisJson.Serialize(GeoparseDto.Of(a.Id, geoparser.Parse(a)), indented)).ToList();
                foreach (var json in documents)
                {
                    if (mode == "json") output.Write(first ? "\n" : ",\n");
                    output.Write(json);
                    if (mode == "jsonl") output.WriteLine();
                    first = false;
                }
            }
            if (mode == "json") output.WriteLine(first ? "]" : "\n]");
            return 0;
        }));
        return command;
    }

    private static void WriteTable(Article article, IReadOnlyList<Toponym> toponyms)
    {
        var table = new Table().Title(Markup.Escape(article.Id)).AddColumns("Span", "Text", "Place", "Feature", "Lat, Lon", "Admin1", "Country", "Conf.", "Why");
        foreach (var t in toponyms)
        {
            var p = t.Place;
            table.AddRow($"{t.Start}-{t.End}", Markup.Escape(t.Text), Markup.Escape(p.Name), p.Feature ?? "-",
                string.Create(CultureInfo.InvariantCulture, $"{p.Lat:F4}, {p.Lon:F4}"), Markup.Escape(p.Admin1 ?? "-"), p.CountryIso2,
                t.Confidence.ToString("F2", CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", t.Why)));
        }
        AnsiConsole.Write(table);
    }
}
