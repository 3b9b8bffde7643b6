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
var mode = args.FirstOrDefault() ?? "pipeline";
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
    default:
        Console.Error.WriteLine($"unknown mode '{mode}': use 'pipeline [articles] [ingest sizes]', 'ingest-stages [articles]' or 'stages'");
        return 2;
}
