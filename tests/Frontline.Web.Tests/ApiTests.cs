using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Frontline.Web.Tests;

/// <summary>Every endpoint of the JSON API against the real server, with a written report posted once; bad input
/// answers with problem details naming what is wrong, never a stack trace, and leaves the store as it was.</summary>
public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Http => server.Client;

    private async Task<JsonElement> PostReport()
    {
        var response = await Http.PostAsJsonAsync("/api/articles", new { text = ServerFixture.ReportText, published = ServerFixture.ReportPublished, id = "idlib" });
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> Get(string path)
    {
        var response = await Http.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("Exception");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Posting_a_report_stores_it_once_and_returns_its_events()
    {
        var first = await PostReport();
        first.GetProperty("events").GetArrayLength().ShouldBeGreaterThanOrEqualTo(7);
        first.GetProperty("relations").GetArrayLength().ShouldBeGreaterThan(0);
        var again = await Http.PostAsJsonAsync("/api/articles", new { text = ServerFixture.ReportText, published = ServerFixture.ReportPublished, id = "idlib" });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stored").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Events_are_filtered_paged_and_merged()
    {
        await PostReport();
        var all = await Get("/api/events");
        var total = all.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThanOrEqualTo(7);
        all.GetProperty("first_date").GetString().ShouldBe("2020-01-21");
        var battles = await Get("/api/events?type=Battles&country=SY");
        battles.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("event_type").GetString() == "Battles");
        battles.GetProperty("total").GetInt32().ShouldBeLessThan(total);
        var page = await Get("/api/events?page_size=3&page=2");
        var ids = all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe(ids.Skip(3).Take(3), "page 2 is rows 4-6 of the list");
        page.GetProperty("total").GetInt32().ShouldBe(total);
        var dates = all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();
        dates.ShouldBe(dates.OrderByDescending(d => d, StringComparer.Ordinal).ToList(), "newest first");
        var box = await Get("/api/events?bbox=36.5,35.5,37.5,36.5");
        box.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("location").GetProperty("lat").GetDouble() >= 35.5
                                                                  && e.GetProperty("location").GetProperty("lon").GetDouble() <= 37.5);
        box.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        var idlib = await Get("/api/events?admin1=Idlib");
        idlib.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("location").GetProperty("admin1").GetString() == "Idlib");
    }

    [Fact]
    public async Task One_event_comes_with_its_reports_evidence_and_article_text()
    {
        await PostReport();
        var list = await Get("/api/events?page_size=1000");
        var capture = list.GetProperty("items").EnumerateArray().First(e => e.GetProperty("location").GetProperty("name").GetString()!.StartsWith("Ma‘arrat", StringComparison.Ordinal));
        var detail = await Get("/api/events/" + capture.GetProperty("id").GetString());
        var report = detail.GetProperty("incident").GetProperty("reports")[0];
        var article = detail.GetProperty("articles").GetProperty(report.GetProperty("event_id").GetString()!);
        var text = article.GetProperty("text").GetString()!;
        foreach (var ev in report.GetProperty("evidence").EnumerateArray())
            text[ev.GetProperty("start").GetInt32()..ev.GetProperty("end").GetInt32()].ShouldBe(ev.GetProperty("text").GetString());
        report.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("text").GetString()!.Contains("Maarat al-Numan"));
    }

    [Fact]
    public async Task Control_relations_report_outlines_types_and_openapi_answer()
    {
        await PostReport();
        var control = await Get("/api/control?at=2020-01-28");
        control.EnumerateArray().ShouldContain(p => p.GetProperty("place").GetString()!.StartsWith("Ma‘arrat", StringComparison.Ordinal)
                                                    && p.GetProperty("held_by").GetString() == "Military Forces of Syria");
        (await Get("/api/control?at=2019-01-01")).GetArrayLength().ShouldBe(0);
        var graph = await Get("/api/relations");
        graph.GetProperty("edges").EnumerateArray().ShouldContain(e => e.GetProperty("from").GetString() == "Iran" && e.GetProperty("type").GetString() == "backs");
        var md = await Http.GetStringAsync("/api/report?format=md");
        md.ShouldContain("## Key developments");
        var html = await Http.GetAsync("/api/report?format=html&country=Syria");
        html.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await html.Content.ReadAsStringAsync()).ShouldContain("<svg");
        var outlines = await Get("/api/geo/countries");
        outlines.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        (await Get("/api/event-types")).TryGetProperty("Battles", out _).ShouldBeTrue();
        var openapi = await Get("/openapi/v1.json");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/articles", "/api/control", "/api/relations", "/api/report" })
            openapi.GetProperty("paths").TryGetProperty(path, out _).ShouldBeTrue(path);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var huge = JsonSerializer.Serialize(new { text = new string('x', 2_000_000), published = "2024-12-02" });
        // As curl does for large bodies: the client waits for the server's go-ahead, so the refusal arrives before
        // the body is sent (without it the server's reply can race the client's upload and the connection is reset).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        var problem = await Problem(await Http.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldContain("limit");
    }

    [Theory]
    [InlineData("{\"text\": \"Clashes in Kidal.\", \"published\": ", "malformed JSON")]
    [InlineData("[1, 2, 3]", "expected a JSON object")]
    [InlineData("{\"published\": \"2024-12-02\"}", "missing \\\"text\\\"")]
    [InlineData("{\"text\": \"Clashes in Kidal.\", \"published\": \"2024-02-30\"}", "invalid publication date")]
    [InlineData("{\"text\": \"Clashes in Kidal.\", \"published\": \"2999-01-01\"}", "out of range")]
    [InlineData("{\"text\": \"   \", \"published\": \"2024-12-02\"}", "empty text")]
    public async Task A_bad_report_is_a_400_naming_the_body(string body, string reason)
    {
        var problem = await Problem(await Http.PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldStartWith("request body");
        detail.ShouldContain(reason.Replace("\\\"", "\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        await Problem(await Http.PostAsync("/api/articles", new StringContent("Clashes in Kidal.", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/events?since=2024-13-01", "since")]
    [InlineData("/api/events?until=yesterday", "until")]
    [InlineData("/api/events?bbox=1,2,3", "bbox")]
    [InlineData("/api/events?bbox=10,50,0,40", "bbox")]
    [InlineData("/api/events?page_size=0", "page_size")]
    [InlineData("/api/events?page=-1", "page")]
    [InlineData("/api/events?country=Narnia", "country")]
    [InlineData("/api/control?at=2024-02-30", "at")]
    [InlineData("/api/report?format=pdf", "format")]
    public async Task Bad_filters_are_a_400_naming_the_parameter(string path, string parameter)
    {
        var problem = await Problem(await Http.GetAsync(path), HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldStartWith(parameter);
    }

    [Theory]
    [InlineData("/api/events?actor=%27%3B%20DROP%20TABLE%20events%3B%20--")]
    [InlineData("/api/events?type=Battles%27%20OR%20%271%27%3D%271")]
    [InlineData("/api/events?admin1=%25%27%20OR%201%3D1%20--")]
    [InlineData("/api/events?actor=%25_%25")]
    public async Task Injection_attempts_in_filters_match_nothing_and_harm_nothing(string path)
    {
        await PostReport();
        var before = (await Get("/api/events")).GetProperty("total").GetInt32();
        (await Get(path)).GetProperty("total").GetInt32().ShouldBe(0);
        (await Get("/api/events")).GetProperty("total").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task Unknown_events_and_endpoints_are_404_problems()
    {
        await Problem(await Http.GetAsync("/api/events/0000000000000000/9"), HttpStatusCode.NotFound);
        await Problem(await Http.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_page_and_its_libraries_are_served_by_the_app_with_a_same_origin_policy()
    {
        var page = await Http.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        foreach (var asset in new[] { "/lib/leaflet/leaflet.js", "/lib/markercluster/leaflet.markercluster.js", "/app.js", "/app.css" })
            (await Http.GetAsync(asset)).StatusCode.ShouldBe(HttpStatusCode.OK, asset);
    }
}
