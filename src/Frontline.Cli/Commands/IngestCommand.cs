using System.CommandLine;
using Frontline.Core.Model;
using Frontline.Storage;
using Spectre.Console;

namespace Frontline.Cli.Commands;

/// <summary>
/// `frontline ingest INPUT... [--store PATH]`: reads and checks every input first (a bad input stops the run
/// before anything is written), then reads them again batch by batch, analyzes in parallel and stores in transactional
/// batches, so memory does not grow with the corpus. Articles already in the store are skipped, so re-running changes
/// nothing.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Text files, JSON-lines files, folders, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Published();
        var country = CommonOptions.Country();
        var store = CommonOptions.Store();
        var log = new Option<string?>("--log") { Description = "Write a JSON line per article: stored or already present, and what was extracted" };
        var command = new Command("ingest", "Analyze reports and store their events (idempotent)") { inputs, published, country, store, log };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var names = parse.GetValue(inputs)!;
            var date = CommonOptions.PublishedDate(parse.GetValue(published));
            var hint = CommonOptions.CountryHint(parse.GetValue(country));
            // Every input is read and checked before anything is written; only each article's content hash is kept, and
            // the articles are read again batch by batch as they are stored.
            var hashes = InputFiles.ReadEach(names, date, hint).Select(ContentHash.Of).ToList();
            using var db = StoreFactory.Open(parse.GetValue(store)!);
            var stored = db.StoredHashes(hashes);
            using var logWriter = parse.GetValue(log) is { } logPath ? new StreamWriter(logPath) : null;
            var total = IngestResult.None;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("Analyzing and storing", maxValue: hashes.Count);
                total = BatchIngest.Run(InputFiles.ReadEach(names, date, hint), stored, article =>
                    {
                        var analysis = AnalyzeCommand.Analyzer.Analyze(article);
                        lock (task) task.Increment(1);
                        return analysis;
                    }, db,
                    logWriter is null ? null : (batch, result) => IngestLog.Write(logWriter, batch, result),
                    present =>
                    {
                        lock (task) task.Increment(present.Count);
                        if (logWriter is not null) IngestLog.WritePresent(logWriter, present);
                    });
            });
            Console.Error.WriteLine($"{total.ArticlesAdded} article(s) stored, {total.ArticlesSkipped} already present, {total.EventsAdded} event(s) added; store holds {db.ArticleCount()} article(s), {db.EventCount()} event(s).");
            return 0;
        }));
        return command;
    }
}
