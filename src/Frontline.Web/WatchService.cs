using Frontline.Watch;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontline.Web;

/// <summary>`serve --watch sources.yaml`: a watch worker in the server's process, on a store connection of its own,
/// stopped gracefully with the server (the polls in hand finished, its leases given back).</summary>
public sealed class WatchService(WebOptions options, ILogger<WatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var file = SourcesFile.Load(options.WatchSources!);
        using var store = WatchStore.Open(options.Store);
        using var watcher = new Watcher(store, Api.ArticlesApi.CreateAnalyzer().Analyze, new WatchOptions(), logger);
        watcher.Sync(file);
        await Task.Yield();
        await watcher.RunAsync(stop);
    }
}
