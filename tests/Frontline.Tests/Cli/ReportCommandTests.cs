using HtmlAgilityPack;

namespace Frontline.Tests.Cli;

/// <summary>`frontline report`: the 40-report corpus (Corpus/reports.jsonl) as a cited situation report, in Markdown and HTML.</summary>
public sealed class ReportCommandTests(ReportCommandTests.CorpusStore corpus) : IClassFixture<ReportCommandTests.CorpusStore>
{
    private readonly string _store = corpus.Path;

    /// <summary>The corpus ingested once by the CLI into a store the tests only read.</summary>
    public sealed class CorpusStore : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"frontline-report-{Guid.NewGuid():N}.db");

        public CorpusStore()
        {
            var r = CliRunner.Run(null, "ingest", System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus", "reports.jsonl"), "--store", Path);
            r.ExitCode.ShouldBe(0, r.Stderr);
        }

        public void Dispose()
        {
            foreach (var f in new[] { Path, Path + "-wal", Path + "-shm" }) File.Delete(f);
        }
    }

    [Fact]
    public void The_markdown_report_has_every_section_and_cites_each_event_with_its_articles_and_words()
    {
        var md = Report("--format", "md");
        foreach (var section in new[] { "## Overview", "## Key developments", "## Control changes", "## Deployments and movements", "## Backing and alliances" })
            md.ShouldContain(section);
        md.ShouldContain("from 40 report(s): 15 event(s) after merging");
        md.ShouldContain("### Sudan");
        md.ShouldContain("#### North Darfur");
        // The El Fasher shelling: lowest credible toll, the range, its three reports, a quote.
        var line = md.Split('\n').Single(l => l.Contains("El Fasher", StringComparison.Ordinal) && l.StartsWith("- ", StringComparison.Ordinal));
        line.ShouldContain("12 killed (reports give 12 to 14 killed)");
        line.ShouldContain("3 report(s): `fasher-radio`, `fasher-weekly`, `fasher-wire`");
        md.ShouldContain("> \"The paramilitary Rapid Support Forces shelled the main market of Al Fashir on 10 February");
        md.ShouldContain("| 2025-01-11 | Wad Medani | SD | Military Forces of Sudan | Rapid Support Forces | 3: `madani-2025-daily`, `madani-2025-weekly`, `madani-2025-wire` |");
        md.ShouldContain("**Rwanda** backs **M23** (2 statement(s): `goma-weekly`, `goma-wire`)");
    }

    [Fact]
    public void The_window_and_country_narrow_the_report()
    {
        var md = Report("--since", "2025-01-01", "--until", "2025-01-31", "--country", "SDN");
        md.ShouldContain("# Situation report: 2025-01-01 to 2025-01-31, SD");
        md.ShouldContain("1 event(s) after merging");
        md.ShouldNotContain("Goma");
        md.ShouldNotContain("M23");
        md.ShouldNotContain("2023-12-18");
    }

    [Fact]
    public void The_html_report_stands_alone_with_a_map_dot_per_place_and_event_type_and_a_timeline()
    {
        var path = Path.Combine(Path.GetTempPath(), $"frontline-report-{Guid.NewGuid():N}.html");
        try
        {
            var r = CliRunner.Run(null, "report", "--format", "html", "--output", path, "--store", _store);
            r.ExitCode.ShouldBe(0, r.Stderr);
            var doc = new HtmlDocument();
            doc.Load(path);
            // 15 located events; the two battles for Wad Medani (2023 and 2025) share one dot.
            var dots = doc.DocumentNode.SelectNodes("//svg[@class='map']//circle")!;
            dots.Count.ShouldBe(14);
            dots.Select(d => d.InnerText).ShouldContain(t => t.StartsWith("2 events, 2023-12-18 to 2025-01-11", StringComparison.Ordinal));
            doc.DocumentNode.SelectNodes("//svg[@class='map']//path")!.Count.ShouldBeGreaterThan(5);
            doc.DocumentNode.SelectNodes("//svg[@class='timeline']//rect")!.Count.ShouldBe(14, "one bar per day with events");
            doc.DocumentNode.SelectNodes("//h3")!.Select(h => h.InnerText).ShouldContain("Ukraine");
            doc.DocumentNode.SelectNodes("//script").ShouldBeNull();
            doc.DocumentNode.Descendants().SelectMany(n => n.Attributes).Where(a => a.Name is "src" or "href").ShouldBeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Markup_in_a_report_is_shown_as_text_never_run()
    {
        var line = """{"id": "x<b>", "published": "2025-05-01", "text": "Gunmen killed 4 <script>alert(1)</script> villagers in Zamfara state on Monday, police said."}""";
        var store = Path.Combine(Path.GetTempPath(), $"frontline-report-{Guid.NewGuid():N}.db");
        var path = store + ".html";
        try
        {
            CliRunner.Run(line, "ingest", "-", "--store", store).ExitCode.ShouldBe(0);
            CliRunner.Run(null, "report", "--format", "html", "--output", path, "--store", store).ExitCode.ShouldBe(0);
            var html = File.ReadAllText(path);
            html.ShouldNotContain("<script>");
            html.ShouldNotContain("<b>");
            html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
        finally
        {
            foreach (var f in new[] { path, store, store + "-wal", store + "-shm" }) File.Delete(f);
        }
    }

    [Fact]
    public void A_busy_region_lists_its_five_deadliest_and_a_widely_told_event_cites_ten_articles()
    {
        // Seven attacks in seven towns of one state, and the deadliest told by twelve outlets.
        var towns = new[] { "Gusau", "Anka", "Maru", "Tsafe", "Bungudu", "Kaura Namoda", "Talata Mafara" };
        var lines = towns.Select((town, i) =>
            $$"""{"id": "attack-{{i + 1}}", "published": "2025-05-05", "text": "Gunmen killed {{i + 2}} villagers in {{town}} in Zamfara state on Monday, police said."}""")
            .Concat(Enumerable.Range(1, 11).Select(n =>
                $$"""{"id": "outlet-{{n:00}}", "published": "2025-05-05", "text": "Gunmen killed 8 villagers in Talata Mafara in Zamfara state on Monday, police said, as outlet {{n}} reported."}"""));
        var store = Path.Combine(Path.GetTempPath(), $"frontline-report-{Guid.NewGuid():N}.db");
        try
        {
            CliRunner.Run(string.Join('\n', lines), "ingest", "-", "--store", store).ExitCode.ShouldBe(0);
            var r = CliRunner.Run(null, "report", "--store", store);
            r.ExitCode.ShouldBe(0, r.Stderr);
            var incidents = r.Stdout.Split('\n').Where(l => l.StartsWith("- **2025", StringComparison.Ordinal)).ToList();
            incidents.Select(l => int.Parse(l.Split("; ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
                .ShouldBe([8, 7, 6, 5, 4], "the five deadliest, deadliest first");
            r.Stdout.ShouldContain("- and 2 more event(s) of lesser toll.");
            incidents[0].ShouldContain("12 report(s): `attack-7`, `outlet-01`, ");
            incidents[0].ShouldContain("`outlet-09` and 2 more.");
            incidents[0].ShouldNotContain("outlet-10");
        }
        finally
        {
            foreach (var f in new[] { store, store + "-wal", store + "-shm" }) File.Delete(f);
        }
    }

    [Theory]
    [InlineData("--since", "2025-02-30")]
    [InlineData("--country", "Atlantis")]
    public void Bad_options_are_a_clear_error(string option, string value)
    {
        var r = CliRunner.Run(null, "report", option, value, "--store", _store);
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain(option);
    }

    [Fact]
    public void A_missing_store_is_an_error_not_an_empty_report()
    {
        var r = CliRunner.Run(null, "report", "--store", _store + ".missing");
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldContain("no store here yet");
    }

    private string Report(params string[] args)
    {
        var r = CliRunner.Run(null, ["report", .. args, "--store", _store]);
        r.ExitCode.ShouldBe(0, r.Stderr);
        return r.Stdout;
    }
}
