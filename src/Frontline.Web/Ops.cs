using Frontline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace Frontline.Web;

/// <summary>
/// What an operator's tools ask: /healthz (the process answers), /readyz (and its store answers a query: 503 when
/// not), /metrics (Prometheus text: the watcher's meter, HTTP request metrics, the .NET runtime's). Served by the
/// dashboard, and by `watch --listen` for a worker without one.
/// </summary>
public static class Ops
{
    public static void Map(WebApplication app, Func<bool> storeAnswers)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n")).ExcludeFromDescription();
        app.MapGet("/readyz", () =>
        {
            bool ready;
            try
            {
                ready = storeAnswers();
            }
            catch (Exception e) when (e is System.Data.Common.DbException or StoreException or InvalidOperationException)
            {
                ready = false;
            }
            return ready ? Results.Text("ready\n") : Results.Text("store not answering\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();
        app.MapMetrics("/metrics");
    }

    /// <summary>A bare server for the probes and metrics of a `watch` worker (`--listen host:port`).</summary>
    public static WebApplication Listener(string url, Func<bool> storeAnswers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        Map(app, storeAnswers);
        return app;
    }
}
