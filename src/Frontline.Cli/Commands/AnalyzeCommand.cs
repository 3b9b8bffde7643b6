using System.CommandLine;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Output;
using Frontline.Core.Pipeline;

namespace Frontline.Cli.Commands;

/// <summary>`frontline analyze INPUT... [--published DATE] [--format json|jsonl|table]`: prints the analysis.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Text files, JSON-lines files, folders, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Published();
        var country = CommonOptions.Country();
        var format = CommonOptions.Format("json", "jsonl", "table");
        var command = new Command("analyze", "Analyze reports and print events, backing relations and control changes") { inputs, published, country, format };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var names = parse.GetValue(inputs)!;
            var date = CommonOptions.PublishedDate(parse.GetValue(published));
            var hint = CommonOptions.CountryHint(parse.GetValue(country));
            switch (parse.GetValue(format))
            {
                case "table":
                    TableView.Write(AnalyzeAll(InputFiles.ReadAll(names, date, hint), a => a.Events.Select(e => AnalysisMapper.ToDto(e, a.Article.Text)).ToList())
                        .SelectMany(e => e).ToList());
                    break;
                case "jsonl":
                    // Every input is checked before the first line is written, then read again and analysed batch by batch,
                    // each line serialized to UTF-8 on its worker: memory holds one batch, not the corpus. The lines go
                    // out through one buffer, flushed after each batch (the console's writer flushes every line).
                    InputFiles.Check(names, date, hint);
                    using (var lines = new BufferedStream(Console.OpenStandardOutput(), 1 << 16))
                    {
                        foreach (var batch in InputFiles.ReadEach(names, date, hint).Chunk(StreamedBatch))
                        {
                            foreach (var line in AnalyzeAll(batch, a => AnalysisJson.SerializeToUtf8(AnalysisMapper.ToDto([a]))))
                            {
                                lines.Write(line);
                                lines.WriteByte((byte)'\n');
                            }
                            lines.Flush();
                        }
                    }
                    break;
                default:
                    // One document, streamed: checked first, then written batch by batch (StreamedAnalysisJson).
                    InputFiles.Check(names, date, hint);
                    using (var json = new StreamedAnalysisJson(Console.OpenStandardOutput()))
                    {
                        foreach (var batch in InputFiles.ReadEach(names, date, hint).Chunk(StreamedBatch))
                            foreach (var part in AnalyzeAll(batch, a => StreamedAnalysisJson.Prepare(AnalysisMapper.ToDto([a]))))
                                json.Add(part);
                        json.Finish();
                    }
                    break;
            }
            return 0;
        }));
        return command;
    }

    /// <summary>Articles analysed at a time when each one's analysis is written as soon as it is made.</summary>
    private const int StreamedBatch = 500;

    /// <summary>One analyzer for the process: it is safe on any number of threads, and what it remembers (each spelling's
    /// gazetteer readings, each town's place) serves every later batch and every article `ingest` reads. Made, the rest
    /// of the process is batch work (<see cref="BatchCollection"/>).</summary>
    private static readonly Lazy<Analyzer> Shared = new(() =>
    {
        var analyzer = new Analyzer(KnowledgeBase.Default);
        BatchCollection.Begin();
        return analyzer;
    });

    public static Analyzer Analyzer => Shared.Value;

    /// <summary>Analyzes in parallel across articles, keeping input order; <paramref name="then"/> runs on the worker
    /// that made each analysis, so what only feeds the output (tokens, annotations) dies with it.</summary>
    private static List<T> AnalyzeAll<T>(IReadOnlyList<Article> articles, Func<ArticleAnalysis, T> then) =>
        articles.AsParallel().AsOrdered().Select(a => then(Analyzer.Analyze(a))).ToList();
}
