using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Frontline.Tests.Watch;

/// <summary>
/// A news site on loopback, in the test process, written for the watcher's tests: feeds with ETags and 304s, a feed
/// carrying only summaries whose stories are fetched from their pages, the same story in two feeds, robots.txt
/// forbidding a folder, and sources that fail each their own way (500s, a timeout, malformed XML, a 50 MB body, a
/// redirect loop, a 404, a page that is only boilerplate). Counts every request by path.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests that carried a validator and were answered 304.</summary>
    public ConcurrentDictionary<string, int> NotModified { get; } = new(StringComparer.Ordinal);

    public string Base { get; private set; } = "";

    /// <summary>What the webhook (/hook) received and answered 200 to: each alert's key header and JSON body. Its
    /// first request is answered 503, so a delivery must be tried again.</summary>
    public ConcurrentQueue<(string Key, string Body)> Delivered { get; } = new();

    private int _hookCalls;

    private FeedServer(WebApplication app) => _app = app;

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Use(async (context, next) =>
        {
            server.Hits.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
            await next(context);
        });
        app.MapGet("/robots.txt", () => "User-agent: *\nDisallow: /private/\n\nUser-agent: BadBot\nDisallow: /\n");
        app.MapGet("/wire.rss", (HttpContext c) => server.Conditional(c, "\"wire-1\"", "application/rss+xml", Wire));
        app.MapGet("/desk.atom", (HttpContext c) => server.Conditional(c, "\"desk-1\"", "application/atom+xml", Desk));
        app.MapGet("/story/sudan.html", () => Results.Content(Page(SudanTitle, "Amina Osman", SudanParagraphs), "text/html; charset=utf-8"));
        app.MapGet("/story/page-source.html", () => Results.Content(Page(SomaliaTitle, null, SomaliaParagraphs), "text/html; charset=utf-8"));
        app.MapGet("/story/cookies.html", () => Results.Content(Boilerplate, "text/html; charset=utf-8"));
        app.MapGet("/private/report.html", () => Results.Content(Page("Private", null, SudanParagraphs), "text/html"));
        app.MapGet("/broken.rss", () => Results.Content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken<item><title>no end", "application/rss+xml"));
        app.MapGet("/flaky.rss", () => Results.StatusCode(503));
        app.MapGet("/gone.rss", () => Results.NotFound());
        app.MapGet("/slow.rss", async (HttpContext c) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), c.RequestAborted).ContinueWith(_ => { });
            return Results.Content(Wire, "application/rss+xml");
        });
        app.MapGet("/huge.rss", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            try
            {
                for (var i = 0; i < 50 && !c.RequestAborted.IsCancellationRequested; i++) await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The watcher hung up at its cap, as it should.
            }
        });
        app.MapPost("/hook", async (HttpContext c) =>
        {
            if (Interlocked.Increment(ref server._hookCalls) == 1) return Results.StatusCode(503);
            using var reader = new StreamReader(c.Request.Body);
            server.Delivered.Enqueue((c.Request.Headers["X-Frontline-Alert"].ToString(), await reader.ReadToEndAsync()));
            return Results.Ok();
        });
        app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        await app.StartAsync();
        server.Base = app.Urls.First().TrimEnd('/');
        return server;
    }

    private IResult Conditional(HttpContext context, string etag, string type, string body)
    {
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            NotModified.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        context.Response.Headers.ETag = etag;
        return Results.Content(body, type);
    }

    public const string SyriaText =
        "Syrian government forces shelled the town of Kafr Nabl in southern Idlib on Sunday, killing three civilians, including a " +
        "child, according to the Syrian Civil Defence. Rescue workers said the shells struck a vegetable market shortly after noon " +
        "and that at least seven other people were wounded. The town has been shelled repeatedly since the start of the month, and " +
        "many families have moved north toward the Turkish border. Residents said artillery fire came from positions near Maarat " +
        "al-Numan held by government troops. No armed group claimed any operation in the area that day, and the Syrian Observatory " +
        "for Human Rights, a war monitor, gave the same toll in a statement later in the evening.";

    public const string UkraineText =
        "Russian drones struck energy facilities in Kharkiv overnight, cutting power to tens of thousands of homes, the regional " +
        "governor said on Tuesday. Two workers were injured when a drone hit a substation on the eastern edge of the city. Ukrainian " +
        "air defences shot down eleven of the fifteen drones launched, the air force said. Repair crews restored electricity to " +
        "most districts by the morning, but officials warned that further outages were likely as the attacks continued. The city " +
        "has faced near-daily strikes since the spring, and schools in several districts have moved their classes underground.";

    public const string SudanTitle = "RSF fighters attack El Fasher camp";

    private static readonly string[] SudanParagraphs =
    [
        "Fighters of the Rapid Support Forces attacked the Abu Shouk camp for displaced people on the northern edge of El Fasher " +
        "on Friday, killing at least 12 civilians, local rescue volunteers said. The attackers fired artillery into the camp before " +
        "dawn and then raided its market, witnesses told reporters by telephone.",
        "The Sudanese army said its troops and allied fighters repelled the assault after several hours of fighting. The paramilitary " +
        "group, which has besieged the city for more than a year, did not comment on the attack. Aid groups said the camp shelters " +
        "hundreds of thousands of people who fled earlier fighting in Darfur.",
        "The United Nations has repeatedly warned that famine conditions are spreading in North Darfur, where convoys carrying food " +
        "have been blocked for weeks and the roads into the city remain closed.",
    ];

    public const string SomaliaTitle = "Al-Shabaab fighters storm army base";

    private static readonly string[] SomaliaParagraphs =
    [
        "Al-Shabaab militants stormed a Somali army base near the town of Bulo Burde in the Hiraan region on Wednesday, officials " +
        "said, sparking hours of heavy fighting. A regional commander said nine soldiers and at least twenty militants were killed " +
        "before the attackers withdrew into the surrounding bush.",
        "The group, which is linked to al-Qaeda, said in a statement on its radio station that its fighters had captured weapons " +
        "and vehicles. Somali forces backed by clan militias have been fighting to retake territory from the insurgents in central " +
        "Somalia since last year, with air support from the United States.",
        "Residents said the fighting forced hundreds of families to flee toward the river, and that the main road to Beledweyne " +
        "was closed for most of the day as soldiers searched nearby villages.",
    ];

    public const string PrivateSummary =
        "Clashes between the army and an armed group in the east of the country killed several fighters on Thursday, a local " +
        "official said, in fighting near a mining town that both sides have long contested.";

    public const string MyanmarText =
        "Myanmar's military carried out airstrikes on a village in Sagaing region on Saturday, killing at least eight people, " +
        "including two children, according to a local resistance group and residents. Jets dropped bombs on a school and a " +
        "monastery where villagers had gathered, a resident said. The junta has increasingly relied on air power against the " +
        "armed resistance that rose after the 2021 coup, and rights groups have documented hundreds of strikes on civilian sites. " +
        "A spokesman for the military government did not answer calls seeking comment on the strikes.";

    private static string Wire => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>/</link><description>World news</description>
        <item><title>Shelling kills three in Idlib town</title><link>/story/kafr-nabl.html</link><guid>wire-1</guid>
          <pubDate>Sun, 01 Dec 2024 18:00:00 GMT</pubDate><description>{SyriaText}</description></item>
        <item><title>Drones hit Kharkiv power grid</title><link>/story/kharkiv.html</link><guid>wire-2</guid>
          <pubDate>Tue, 03 Dec 2024 07:30:00 GMT</pubDate><description>{UkraineText}</description></item>
        <item><title>{SudanTitle}</title><link>/story/sudan.html</link><guid>wire-3</guid>
          <pubDate>Fri, 06 Dec 2024 10:00:00 GMT</pubDate><description>Paramilitary fighters attacked a camp in North Darfur.</description></item>
        <item><title>Fighting near mining town</title><link>/private/report.html</link><guid>wire-4</guid>
          <pubDate>Thu, 05 Dec 2024 09:00:00 GMT</pubDate><description>{PrivateSummary}</description></item>
        </channel></rss>
        """;

    private static string Desk => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2024-12-07T00:00:00Z</updated>
        <entry><title>{SudanTitle}</title><id>urn:desk:sudan</id><link href="/story/sudan.html"/><updated>2024-12-06T10:00:00Z</updated>
          <summary>Camp attacked in El Fasher.</summary></entry>
        <entry><title>Our cookie policy</title><id>urn:desk:cookies</id><link href="/story/cookies.html"/><updated>2024-12-06T11:00:00Z</updated></entry>
        <entry><title>Airstrikes on Sagaing village</title><id>urn:desk:myanmar</id><link href="/story/sagaing.html"/>
          <updated>2024-12-07T08:00:00Z</updated><author><name>Desk reporter</name></author><content type="text">{MyanmarText}</content></entry>
        </feed>
        """;

    private static string Page(string title, string? author, string[] paragraphs) => $"""
        <!DOCTYPE html><html><head><title>{title} | The Test Gazette</title>{(author is null ? "" : $"<meta name=\"author\" content=\"{author}\">")}</head>
        <body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
        <article><h1>{title}</h1>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</article>
        <aside><h3>Most read</h3><ul><li><a href="/a">Football results</a></li><li><a href="/b">Weather</a></li></ul></aside>
        <footer>© The Test Gazette. All rights reserved.</footer></body></html>
        """;

    private const string Boilerplate = """
        <!DOCTYPE html><html><head><title>Cookies</title></head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
        <div class="consent">We use cookies to improve your experience. <button>Accept all</button></div>
        <footer>© The Test Gazette. All rights reserved.</footer></body></html>
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
