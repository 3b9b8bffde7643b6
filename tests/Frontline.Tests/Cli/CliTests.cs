using System.Text.Json;

namespace Frontline.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-cli-").FullName;

    private static string ReportPath => Analysis.WrittenReportPath;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Analyze_prints_the_contract_json()
    {
        var r = CliRunner.Run(null, "analyze", ReportPath, "--published", Analysis.WrittenReportPublished, "--format", "json");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var doc = JsonDocument.Parse(r.Stdout).RootElement;
        doc.GetProperty("schema").GetString().ShouldBe("frontline/analysis/1");
        doc.GetProperty("articles")[0].GetProperty("published").GetString().ShouldBe(Analysis.WrittenReportPublished);
        doc.GetProperty("events").GetArrayLength().ShouldBeGreaterThanOrEqualTo(7);
        doc.GetProperty("relations").GetArrayLength().ShouldBeGreaterThanOrEqualTo(4);
        doc.GetProperty("control_changes").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void Analyze_reads_json_lines_from_stdin_and_prints_a_table()
    {
        var line = "{\"id\":\"k1\",\"published\":\"2024-09-12\",\"text\":\"Overnight, Russian drones struck Kharkiv, killing three people.\"}\n";
        var r = CliRunner.Run(line, "analyze", "-", "--format", "table");
        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldContain("Air/drone");
        r.Stdout.ShouldContain("1 event(s)");
    }

    [Fact]
    public void Analyze_jsonl_prints_one_document_per_article()
    {
        var input = Write("two.jsonl",
            "{\"id\":\"a\",\"published\":\"2024-06-10\",\"text\":\"The Rapid Support Forces shelled El Fasher on Saturday.\"}\n" +
            "{\"id\":\"b\",\"published\":\"2024-06-10\",\"text\":\"The Sudanese army bombed Nyala on Sunday.\"}\n");
        var r = CliRunner.Run(null, "analyze", input, "--format", "jsonl");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("articles")[0].GetProperty("id").GetString()).ShouldBe(["a", "b"]);
    }

    /// <summary>More articles than one streamed batch (500), each telling of a different town so that none is a copy;
    /// the i-th kills i % 7 + 1 civilians.</summary>
    private (List<string> Ids, string Path) ManyArticles(string prefix)
    {
        string[] towns = ["El Fasher", "Nyala", "Goma", "Kharkiv", "Aleppo"];
        var ids = Enumerable.Range(0, 1_100).Select(i => $"{prefix}{i:D4}").ToList();
        var path = Write($"many-{prefix}.jsonl", string.Concat(ids.Select((id, i) =>
            $"{{\"id\":\"{id}\",\"published\":\"2024-06-10\",\"text\":\"Militants shelled {towns[i % towns.Length]} on Saturday, killing {i % 7 + 1} civilians.\"}}\n")));
        return (ids, path);
    }

    [Fact]
    public void Analyze_jsonl_keeps_input_order_across_its_batches()
    {
        var (ids, input) = ManyArticles("n");
        var r = CliRunner.Run(null, "analyze", input, "--format", "jsonl");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("articles")[0].GetProperty("id").GetString()).ShouldBe(ids);
        JsonDocument.Parse(lines[^1]).RootElement.GetProperty("events")[0].GetProperty("fatalities").GetInt32().ShouldBe(1_099 % 7 + 1);
    }

    [Fact]
    public void Analyze_json_streams_one_document_whose_arrays_follow_input_order()
    {
        // The document is written as the articles come, its events spooled until the articles end.
        var (ids, input) = ManyArticles("j");
        var json = CliRunner.Run(null, "analyze", input, "--format", "json");
        json.ExitCode.ShouldBe(0, json.Stderr);
        var doc = JsonDocument.Parse(json.Stdout).RootElement;
        doc.GetProperty("schema").GetString().ShouldBe("frontline/analysis/1");
        doc.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(ids);
        var events = doc.GetProperty("events").EnumerateArray().ToList();
        events.Select(e => e.GetProperty("article_id").GetString()).ShouldBe(ids);
        events.Select(e => e.GetProperty("fatalities").GetInt32()).ShouldBe(ids.Select((_, i) => i % 7 + 1));
        // The same events, field for field, as the per-article documents of --format jsonl.
        var lines = CliRunner.Run(null, "analyze", input, "--format", "jsonl").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonSerializer.Serialize(JsonDocument.Parse(lines[^1]).RootElement.GetProperty("events")[0]).ShouldBe(JsonSerializer.Serialize(events[^1]));
    }

    [Fact]
    public void A_country_hint_reads_an_ambiguous_town_in_that_country()
    {
        const string text = "Protesters gathered in Tripoli on Monday and police dispersed them.";
        string CountryOfFirstEvent(string stdout) =>
            JsonDocument.Parse(stdout).RootElement.GetProperty("events")[0].GetProperty("location").GetProperty("country").GetString()!;
        var input = Write("tripoli.jsonl",
            $"{{\"id\":\"plain\",\"published\":\"2024-03-05\",\"text\":\"{text}\"}}\n" +
            $"{{\"id\":\"hinted\",\"published\":\"2024-03-05\",\"country\":\"Lebanon\",\"text\":\"{text}\"}}\n");
        var r = CliRunner.Run(null, "analyze", input, "--format", "jsonl");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        CountryOfFirstEvent(lines[0]).ShouldBe("LY");
        CountryOfFirstEvent(lines[1]).ShouldBe("LB");
        // The option is the default for lines without a country of their own.
        var hinted = CliRunner.Run(null, "analyze", input, "--format", "jsonl", "--country", "LB");
        hinted.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(CountryOfFirstEvent).ShouldBe(["LB", "LB"]);
    }

    [Fact]
    public void An_unknown_country_hint_is_an_error_naming_where_it_was_given()
    {
        var option = CliRunner.Run(null, "analyze", ReportPath, "--published", Analysis.WrittenReportPublished, "--country", "Narnia");
        option.ExitCode.ShouldBe(2);
        option.Stderr.ShouldContain("--country: unknown country 'Narnia'");
        var line = CliRunner.Run(null, "geoparse", Write("bad.jsonl", "{\"id\":\"a\",\"published\":\"2024-03-05\",\"country\":\"Atlantis\",\"text\":\"Clashes in Goma.\"}\n"));
        line.ExitCode.ShouldBe(2);
        line.Stderr.ShouldContain("bad.jsonl:1: unknown country 'Atlantis'");
    }

    [Theory]
    [InlineData("empty.txt", "", "empty text")]
    [InlineData("blank.txt", "   \n  ", "empty text")]
    public void Empty_text_is_rejected(string name, string content, string reason)
    {
        var r = CliRunner.Run(null, "analyze", Write(name, content), "--published", "2024-12-02");
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain(name);
        r.Stderr.ShouldContain(reason);
    }

    [Fact]
    public void Binary_file_is_rejected()
    {
        var path = Path.Combine(_dir, "image.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF, 0xFE, 0x00]);
        var r = CliRunner.Run(null, "analyze", path, "--published", "2024-12-02");
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("image.txt");
    }

    [Fact]
    public void Latin1_file_is_rejected_as_not_utf8()
    {
        var path = Path.Combine(_dir, "latin1.txt");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("Les forces ont frappé Alep."));
        var r = CliRunner.Run(null, "analyze", path, "--published", "2024-12-02");
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("not valid UTF-8");
    }

    [Theory]
    [InlineData(new string[0], "needs --published")]
    [InlineData(new[] { "--published", "2024-13-45" }, "invalid publication date")]
    [InlineData(new[] { "--published", "yesterday" }, "invalid publication date")]
    public void Plain_text_needs_a_valid_publication_date(string[] extra, string reason)
    {
        var r = CliRunner.Run(null, ["analyze", ReportPath, .. extra]);
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain(reason);
    }

    [Fact]
    public void Malformed_json_line_is_named_by_line()
    {
        var input = Write("bad.jsonl", "{\"id\":\"a\",\"published\":\"2024-06-10\",\"text\":\"Troops clashed in Goma.\"}\n{\"id\":\"b\",\n");
        var r = CliRunner.Run(null, "analyze", input);
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("bad.jsonl:2:");
    }

    [Fact]
    public void Unreadable_path_is_a_clear_error()
    {
        var r = CliRunner.Run(null, "analyze", Path.Combine(_dir, "missing.txt"), "--published", "2024-12-02");
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("no such file");
    }

    [Fact]
    public void Ingest_is_idempotent_and_events_can_be_queried()
    {
        var db = Path.Combine(_dir, "store.db");
        var first = CliRunner.Run(null, "ingest", ReportPath, "--published", Analysis.WrittenReportPublished, "--store", db);
        first.ExitCode.ShouldBe(0, first.Stderr);
        first.Stderr.ShouldContain("1 article(s) stored");
        var again = CliRunner.Run(null, "ingest", ReportPath, "--published", Analysis.WrittenReportPublished, "--store", db);
        again.Stderr.ShouldContain("0 article(s) stored, 1 already present, 0 event(s) added");
        var events = CliRunner.Run(null, "events", "--store", db, "--type", "Battles", "--country", "SYR", "--format", "json");
        events.ExitCode.ShouldBe(0, events.Stderr);
        var list = JsonDocument.Parse(events.Stdout).RootElement;
        list.GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
        list.EnumerateArray().ShouldAllBe(e => e.GetProperty("acled").GetProperty("event_type").GetString() == "Battles");
        var since = CliRunner.Run(null, "events", "--store", db, "--since", "2020-01-27", "--actor", "Iran", "--format", "json");
        var recent = JsonDocument.Parse(since.Stdout).RootElement.EnumerateArray().ToList();
        recent.ShouldNotBeEmpty();
        recent.ShouldAllBe(e => string.CompareOrdinal(e.GetProperty("date").GetProperty("end").GetString(), "2020-01-27") >= 0);
    }

    [Fact]
    public void Ingest_reads_saved_feeds_and_logs_each_article_with_what_was_extracted()
    {
        var db = Path.Combine(_dir, "store.db");
        var log = Path.Combine(_dir, "ingest.log");
        var feeds = Path.Combine(Analysis.RepositoryDirectory, "samples", "feeds");
        var r = CliRunner.Run(null, "ingest", feeds, "--store", db, "--log", log);
        r.ExitCode.ShouldBe(0, r.Stderr);
        var lines = File.ReadAllLines(log).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Count.ShouldBe(3);
        lines.ShouldAllBe(l => l.GetProperty("status").GetString() == "stored");
        var depot = lines.Single(l => l.GetProperty("article").GetString() == "https://wire.example/2025/04/kherson-depot");
        depot.GetProperty("published").GetString().ShouldBe("2025-04-08");
        var e = depot.GetProperty("events").EnumerateArray().ShouldHaveSingleItem();
        e.GetProperty("place").GetString().ShouldBe("Kherson");
        e.GetProperty("fatalities").GetInt32().ShouldBe(2);
        var stored = CliRunner.Run(null, "events", "--store", db, "--format", "json");
        JsonDocument.Parse(stored.Stdout).RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString())
            .ShouldContain(e.GetProperty("id").GetString());
        CliRunner.Run(null, "ingest", feeds, "--store", db, "--log", log).ExitCode.ShouldBe(0);
        File.ReadAllLines(log).ShouldAllBe(l => l.Contains("\"status\":\"already present\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_feed_is_an_error_naming_the_file()
    {
        var bad = Write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>cut");
        var r = CliRunner.Run(null, "analyze", bad);
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("broken.rss");
        r.Stderr.ShouldContain("not a readable RSS or Atom feed");
    }

    [Fact]
    public void A_bad_input_stops_ingest_before_anything_is_stored()
    {
        var db = Path.Combine(_dir, "store.db");
        var good = Write("good.jsonl", "{\"id\":\"g\",\"published\":\"2024-06-10\",\"text\":\"The Sudanese army bombed Nyala on Sunday.\"}\n");
        var bad = Write("bad.jsonl", "{\"id\":\"b\",\"published\":\"2024-06-31\",\"text\":\"x\"}\n");
        var r = CliRunner.Run(null, "ingest", good, bad, "--store", db);
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("bad.jsonl:1:");
        File.Exists(db).ShouldBeFalse();
    }

    [Fact]
    public void A_bad_line_deep_in_a_json_lines_file_stops_streamed_output_before_the_first_line()
    {
        var good = string.Concat(Enumerable.Range(0, 600).Select(i => $"{{\"id\":\"g{i}\",\"published\":\"2024-06-10\",\"text\":\"Troops clashed in Goma.\"}}\n"));
        var input = Write("long.jsonl", good + "{\"id\":\"b\",\n");
        var r = CliRunner.Run(null, "analyze", input, "--format", "jsonl");
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("long.jsonl:601:");
        r.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_a_json_lines_file_stop_ingest_before_anything_is_stored()
    {
        var db = Path.Combine(_dir, "store.db");
        var path = Path.Combine(_dir, "latin1.jsonl");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("{\"id\":\"a\",\"published\":\"2024-06-10\",\"text\":\"Les forces ont frappé Alep.\"}\n"));
        var r = CliRunner.Run(null, "ingest", path, "--store", db);
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("latin1.jsonl: not valid UTF-8");
        File.Exists(db).ShouldBeFalse();
    }

    [Fact]
    public void Ingest_from_standard_input_reads_it_once_and_stores_every_article()
    {
        var db = Path.Combine(_dir, "store.db");
        var lines = "{\"id\":\"a\",\"published\":\"2024-06-10\",\"text\":\"The Sudanese army bombed Nyala on Sunday.\"}\n"
                    + "{\"id\":\"b\",\"published\":\"2024-06-11\",\"text\":\"Rebels attacked Goma on Monday, killing five civilians.\"}\n";
        var r = CliRunner.Run(lines, "ingest", "-", "--store", db);
        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stderr.ShouldContain("2 article(s) stored");
    }

    [Fact]
    public void Events_without_a_store_says_so()
    {
        var r = CliRunner.Run(null, "events", "--store", Path.Combine(_dir, "none.db"));
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("no store here yet");
    }

    [Fact]
    public void Unknown_country_filter_is_rejected()
    {
        var db = Path.Combine(_dir, "store.db");
        CliRunner.Run(null, "ingest", ReportPath, "--published", Analysis.WrittenReportPublished, "--store", db).ExitCode.ShouldBe(0);
        var r = CliRunner.Run(null, "events", "--store", db, "--country", "Atlantis");
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("unknown country");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
