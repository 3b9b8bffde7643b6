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
        var format = CommonOptions.Format("json", "jsonl", "table");
        var command = new Command("analyze", "Analyze reports and print events, backing relations and control changes") { inputs, published, format };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var articles = InputFiles.ReadAll(parse.GetValue(inputs)!, CommonOptions.PublishedDate(parse.GetValue(published)));
            var output = Console.Out;
            switch (parse.GetValue(format))
            {
                case "table":
                    TableView.Write(AnalyzeAll(articles).SelectMany(a => a.Events.Select(e => AnalysisMapper.ToDto(e, a.Article.Text))).ToList());
                    break;
                case "jsonl":
                    // A line per article, written batch by batch: memory holds one batch's analyses, not the corpus's.
                    foreach (var batch in articles.Chunk(StreamedBatch))
                        foreach (var a in AnalyzeAll(batch))
                            output.WriteLine(AnalysisJson.Serialize(AnalysisMapper.ToDto([a]), indented: false));
                    break;
                default:
                    output.WriteLine(AnalysisJson.Serialize(AnalysisMapper.ToDto(AnalyzeAll(articles))));
                    break;
            }
            return 0;
        }));
        return command;
    }

    /// <summary>Articles analysed at a time when each one's analysis is written as soon as it is made.</summary>
    private const int StreamedBatch = 500;

    /// <summary>One analyzer for the process: it is safe on any number of threads, and what it remembers (each spelling's
    /// gazetteer readings, each town's place) serves every later batch; `ingest` asks once per batch of 500.</summary>
    private static readonly Lazy<Analyzer> Shared = new(() => new Analyzer(KnowledgeBase.Default));

    /// <summary>Analyzes in parallel across articles, keeping input order.</summary>
    public static List<ArticleAnalysis> AnalyzeAll(IReadOnlyList<Article> articles, Action? progress = null)
    {
        var analyzer = Shared.Value;
        return articles.AsParallel().AsOrdered().Select(a =>
        {
            var result = analyzer.Analyze(a);
            progress?.Invoke();
            return result;
        }).ToList();
    }
}
