using BenchmarkDotNet.Running;
using Frontline.Bench;

// dotnet run -c Release --project bench/Frontline.Bench -- pipeline [articles] [ingest sizes, e.g. 10000,30000,100000] [--corpus FILE]
//   --corpus: real articles as JSON lines (bench/seed_corpus.py writes the seed-derived corpus) instead of generated ones
// dotnet run -c Release --project bench/Frontline.Bench -- stages   (BenchmarkDotNet on the hot stages)
// dotnet run -c Release --project bench/Frontline.Bench -- ingest-stages [articles]   (each ingest stage's seconds per 10,000 articles)
var corpusAt = Array.IndexOf(args, "--corpus");
string? corpusFile = null;
if (corpusAt >= 0)
{
    if (corpusAt + 1 >= args.Length) { Console.Error.WriteLine("--corpus needs a JSON-lines file"); return 2; }
    corpusFile = args[corpusAt + 1];
    args = [.. args[..corpusAt], .. args[(corpusAt + 2)..]];
}
// dotnet run -c Release --project bench/Frontline.Bench -- watch-scaling CLI_DLL POSTGRES_SERVER_URL [stories] [feeds] [--corpus FILE]
// dotnet run -c Release --project bench/Frontline.Bench -- watch-latency CLI_DLL STORE [feeds] [every seconds] [minutes] [--corpus FILE]
// dotnet run -c Release --project bench/Frontline.Bench -- watch-soak CLI_DLL STORE [feeds] [every seconds] [minutes] [--corpus FILE]
var mode = args.FirstOrDefault() ?? "pipeline";
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
switch (mode)
{
    case "pipeline":
        PipelineRunner.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000,
            PipelineRunner.Sizes(args.Length > 2 ? args[2] : "10000,30000,100000"), corpusFile);
        return 0;
    case "ingest-stages":
        IngestStagesRunner.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60_000);
        return 0;
    case "stages":
        BenchmarkRunner.Run<StageBenchmarks>(args: args[1..]);
        return 0;
    case "watch-scaling" when args.Length >= 3:
        return WatchBench.Scaling(args[1], args[2], Arg(3, 3_000), Arg(4, 150), corpusFile);
    case "watch-latency" when args.Length >= 3:
        return WatchBench.Latency(args[1], args[2], Arg(3, 1_000), TimeSpan.FromSeconds(Arg(4, 300)), TimeSpan.FromMinutes(Arg(5, 12)), corpusFile);
    case "watch-soak" when args.Length >= 3:
        return WatchBench.Soak(args[1], args[2], Arg(3, 1_000), TimeSpan.FromSeconds(Arg(4, 10)), TimeSpan.FromMinutes(Arg(5, 48)), corpusFile);
    default:
        Console.Error.WriteLine($"unknown mode '{mode}': use 'pipeline [articles] [ingest sizes]', 'ingest-stages [articles]' or 'stages'");
        return 2;
}
