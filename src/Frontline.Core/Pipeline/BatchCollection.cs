using System.Runtime;

namespace Frontline.Core.Pipeline;

/// <summary>
/// How a batch run (analyze, ingest, the bench) asks the collector to work once the knowledge base is loaded: no
/// background collection. With background collection on, each gen-0 collection in analysis promoted 400-700 KB where a
/// blocking one promotes 100-400 KB, and pauses took 12-13 % of two threads' analysis; in batch mode two threads analyse
/// 6-19 % more articles a second, and an ingest peaks 20-50 MB lower (docs/BENCHMARKS.md, session 12). The load itself
/// keeps background collection, which frees its garbage while it reads: with batch mode from the start the load peaked
/// 100 MB higher. A server process keeps the default: a user may be waiting out a full collection's pause.
/// </summary>
public static class BatchCollection
{
    public static void Begin() => GCSettings.LatencyMode = GCLatencyMode.Batch;
}
