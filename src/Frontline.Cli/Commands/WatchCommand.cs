using System.CommandLine;
using System.Runtime.InteropServices;
using Frontline.Core.Input;
using Frontline.Storage;
using Frontline.Watch;
using Microsoft.Extensions.Logging;

namespace Frontline.Cli.Commands;

/// <summary>
/// `frontline watch --sources sources.yaml [--store PATH|URL] [--once]`: polls the sources file's feeds and pages,
/// codes and stores what is new, around the clock (or once, for cron and tests). Several workers may share a
/// PostgreSQL store; SQLite serves one. Logs are JSON lines on stderr (or plain text with --log-format text).
/// `--status` prints each source's state instead.
/// </summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var sources = new Option<string?>("--sources") { Description = "The sources file (YAML): feeds and pages to poll, alert rules" };
        var store = CommonOptions.Store();
        var once = new Option<bool>("--once") { Description = "Poll every due source once, store what is new, and exit" };
        var status = new Option<bool>("--status") { Description = "Print each source's last poll, status, items, errors and next poll, and exit" };
        var worker = new Option<string?>("--worker") { Description = "This worker's name in the store's ledger (default: host:pid)" };
        var lease = new Option<string>("--lease") { Description = "How long a source stays this worker's without renewal (a dead worker's sources pass on after it)", DefaultValueFactory = _ => "2m" };
        var concurrency = new Option<int>("--concurrency") { Description = "Sources polled at once", DefaultValueFactory = _ => 8 };
        var listen = new Option<string?>("--listen") { Description = "Serve /healthz, /readyz and /metrics (Prometheus) on this address, e.g. 127.0.0.1:9464" };
        var logOption = new Option<string>("--log-format") { Description = "Log lines on stderr: json or text", DefaultValueFactory = _ => "json" };
        logOption.AcceptOnlyFromAmong("json", "text");
        var command = new Command("watch", "Poll feeds and pages around the clock, code and store what is new (several workers may share a PostgreSQL store)")
        {
            sources, store, once, status, worker, lease, concurrency, listen, logOption,
        };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var location = parse.GetValue(store)!;
            if (parse.GetValue(status))
            {
                using var db = WatchStore.Open(location);
                SourcesTable.Write(db.Ledger(l => l.Sources()));
                return 0;
            }
            var file = SourcesFile.Load(parse.GetValue(sources) ?? throw new InputException("--sources", null, "give the sources file (YAML)"));
            var options = new WatchOptions
            {
                LeaseFor = SourcesFile.Interval(parse.GetValue(lease)!) ?? throw new InputException("--lease", null, "expected a duration such as 90s, 2m"),
                ConcurrentPolls = parse.GetValue(concurrency) is var c and > 0 ? c : throw new InputException("--concurrency", null, "must be 1 or more"),
            };
            if (parse.GetValue(worker) is { } name) options = options with { Worker = name };
            using var logging = Logs(parse.GetValue(logOption)!);
            var logger = logging.CreateLogger("frontline.watch");
            // Polls wait on the store's connection (a lock, and synchronous ADO.NET calls) on pool threads, and each poll's
            // analysis blocks for its parallel workers: with the pool's default of one thread per core, sixteen polls
            // starved it, and a worker used one core of two (docs/BENCHMARKS.md, watch).
            ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
            ThreadPool.SetMinThreads(Math.Max(minWorkers, options.ConcurrentPolls * 2 + Environment.ProcessorCount), minIo);
            using var watchStore = WatchStore.Open(location);
            using var watcher = new Watcher(watchStore, AnalyzeCommand.Analyzer.Analyze, options, logger);
            watcher.Sync(file);
            if (parse.GetValue(once))
            {
                var reports = watcher.RunOnceAsync().GetAwaiter().GetResult();
                var failed = reports.Count(r => r.Outcome.Error is not null);
                Console.Error.WriteLine($"{reports.Count} source(s) polled, {failed} failed; {reports.Sum(r => r.Stored.Count)} new article(s) stored, " +
                                        $"{reports.Sum(r => r.AlreadyStored)} already present, {reports.Sum(r => r.Skipped)} item(s) skipped, {reports.Sum(r => r.Failed)} to retry.");
                return 0;
            }
            using var ops = parse.GetValue(listen) is { } address ? Frontline.Web.Ops.Listener($"http://{address}", () => watchStore.Ledger(l => l.DueCount(DateTimeOffset.UtcNow) >= 0)) : null;
            ops?.StartAsync().GetAwaiter().GetResult();
            using var stop = new CancellationTokenSource();
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx => { ctx.Cancel = true; stop.Cancel(); });
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx => { ctx.Cancel = true; stop.Cancel(); });
            watcher.RunAsync(stop.Token).GetAwaiter().GetResult();
            ops?.StopAsync().GetAwaiter().GetResult();
            return 0;
        }));
        return command;
    }

    private static ILoggerFactory Logs(string format) => LoggerFactory.Create(b =>
    {
        if (format == "json") b.AddJsonConsole(o => { o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; o.UseUtcTimestamp = true; });
        else b.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; o.UseUtcTimestamp = true; });
        b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    });
}
