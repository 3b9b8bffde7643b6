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
        var format = CommonOptions.Format("jsonl", "json", "table");
        var command = new Command("geoparse", "Find and geocode every place name in each article") { inputs, published, format };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var names = parse.GetValue(inputs)!;
            var date = CommonOptions.PublishedDate(parse.GetValue(published));
            InputFiles.Check(names, date);
            var geoparser = new Geoparser(KnowledgeBase.Default);
            BatchCollection.Begin();
            var mode = parse.GetValue(format);
            var output = Console.Out;
            if (mode == "json") output.Write('[');
            var first = true;
            foreach (var batch in InputFiles.ReadEach(names, date).Chunk(Batch))
            {
                var parsed = batch.AsParallel().AsOrdered().Select(a => (Article: a, Toponyms: geoparser.Parse(a))).ToList();
                foreach (var (article, toponyms) in parsed)
                {
                    if (mode == "table")
                    {
                        WriteTable(article, toponyms);
                        continue;
                    }
                    var json = AnalysisJson.Serialize(GeoparseDto.Of(article.Id, toponyms), indented: mode == "json");
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
