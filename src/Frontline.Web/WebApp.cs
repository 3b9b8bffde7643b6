using Frontline.Core.Knowledge;
using Frontline.Storage;
using Frontline.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace Frontline.Web;

/// <summary>
/// `frontline serve`: the dashboard and its JSON API on ASP.NET Core (Kestrel), over the same store as the CLI.
/// The page and its pinned libraries (Leaflet, markercluster) and the country outlines are served by the app itself,
/// so it works with no tile server and no internet. The OpenAPI description is at /openapi/v1.json.
/// </summary>
public static class WebApp
{
    /// <summary>The largest request body accepted: a report of <see cref="Frontline.Core.Input.ArticleParser.MaxArticleChars"/>
    /// characters fits; a bigger body is refused with 413 before it is read whole.</summary>
    public const long MaxBodyBytes = 1_048_576;

    public static WebApplication Build(string storeLocation, string url) => Build(new WebOptions(storeLocation, url));

    public static WebApplication Build(WebOptions options)
    {
        if (options.Unsafe() is { } why) throw new Frontline.Core.Input.InputException("--host", null, why);
        var storeLocation = options.Store;
        var url = options.Url;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls(url);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(_ => new StoreGate(StoreFactory.Open(storeLocation)));
        builder.Services.AddSingleton(_ => ArticlesApi.CreateAnalyzer());
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<LiveFeed>();
        builder.Services.AddHostedService(s => s.GetRequiredService<LiveFeed>());
        if (options.WatchSources is not null)
        {
            // The sources file is read now: a mistake in it stops the server at start.
            Frontline.Watch.SourcesFile.Load(options.WatchSources);
            builder.Services.AddHostedService<WatchService>();
        }

        var app = builder.Build();
        app.Use((context, next) => Problems.Handle(context, () => next(context)));
        Access.Use(app, options);
        app.UseHttpMetrics();
        app.Use((context, next) =>
        {
            // The page may load only what this app serves; the browser enforces it too.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        EventsApi.Map(app);
        ArticlesApi.Map(app);
        PictureApi.Map(app);
        WatchApi.Map(app);
        Ops.Map(app, () => app.Services.GetRequiredService<StoreGate>().Use(s => s.LatestArticleRow() >= 0));
        app.MapFallback("/api/{**rest}", () => Problems.Result(StatusCodes.Status404NotFound, "Not found", "no such API endpoint"));
        // Open the store now: a store that cannot be opened stops the server at start, not at the first request.
        app.Services.GetRequiredService<StoreGate>();
        _ = Task.Run(() => KnowledgeBase.Default);
        return app;
    }
}
