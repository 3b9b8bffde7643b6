using BenchmarkDotNet.Running;
using Frontline.Bench;

// dotnet run -c Release --project bench/Frontline.Bench -- pipeline [articles] [ingest sizes, e.g. 10000,30000,100000]
// dotnet run -c Release --project bench/Frontline.Bench -- stages   (BenchmarkDotNet on the hot stages)
var mode = args.FirstOrDefault() ?? "pipeline";
switch (mode)
{
    case "pipeline":
        PipelineRunner.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000,
            PipelineRunner.Sizes(args.Length > 2 ? args[2] : "10000,30000,100000"));
        return 0;
    case "stages":
        BenchmarkRunner.Run<StageBenchmarks>(args: args[1..]);
        return 0;
    default:
        Console.Error.WriteLine($"unknown mode '{mode}': use 'pipeline [articles] [ingest sizes]' or 'stages'");
        return 2;
}
