using Frontline.Core.Input;
using Frontline.Watch;

namespace Frontline.Tests.Watch;

public sealed class SourcesFileTests
{
    [Fact]
    public void Reads_sources_with_intervals_and_hints_and_alert_rules()
    {
        var file = SourcesFile.Parse("""
            sources:
              - url: https://news.example.org/world/rss.xml
                every: 90s
                country: Syria
                language: en
              - { url: "https://desk.example.net/atom", every: 1h, trust: low }
            alerts:
              - name: deadly strikes in Idlib
                event_type: [Explosions/Remote violence, Air/drone strike]
                country: SY
                admin1: Idlib
                min_fatalities: 5
                webhook: https://hooks.example.org/frontline
              - name: Tal Rifaat
                control: Tal Rifaat
            """, "sources.yaml");
        file.Sources.Count.ShouldBe(2);
        file.Sources[0].ShouldBe(new SourceEntry("https://news.example.org/world/rss.xml", TimeSpan.FromSeconds(90), "SY", "en"));
        file.Sources[1].Every.ShouldBe(TimeSpan.FromHours(1));
        file.Sources[1].HintsJson.ShouldBe("""{"trust":"low"}""");
        file.Alerts[0].EventTypes.ShouldBe(["Explosions/Remote violence", "Air/drone strike"]);
        (file.Alerts[0].MinFatalities, file.Alerts[0].Countries[0], file.Alerts[0].Webhook).ShouldBe((5, "SY", "https://hooks.example.org/frontline"));
        file.Alerts[1].WatchesControl.ShouldBeTrue();
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("1.5h", 5400)]
    [InlineData("2d", 172800)]
    [InlineData("45", 45)]
    public void Intervals_read_as_a_number_and_a_unit(string text, int seconds) =>
        SourcesFile.Interval(text).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("sources:\n  - url: https://a.example/rss\n    every: 5 minutes\n", 2, "every '5 minutes'")]
    [InlineData("sources:\n  - url: https://a.example/rss\n    every: 2s\n", 2, "hammers")]
    [InlineData("sources:\n  - url: ftp://a.example/rss\n    every: 5m\n", 2, "not an http(s) address")]
    [InlineData("sources:\n  - every: 5m\n", 2, "needs a url")]
    [InlineData("sources:\n  - url: https://a.example/rss\n    every: 5m\n    country: Atlantis\n", 2, "unknown country")]
    [InlineData("sources:\n  - url: https://a.example/rss\n    every: 5m\n    evry: 1m\n", 4, "unknown key 'evry'")]
    [InlineData("sources:\n  - url: https://a.example/rss\n    every: 5m\n  - url: https://a.example/rss\n    every: 1h\n", 4, "listed twice")]
    [InlineData("sources:\n  - url: [unclosed\n", 3, "not valid YAML")]
    [InlineData("feeds:\n  - url: https://a.example/rss\n", 1, "unknown key 'feeds'")]
    [InlineData("sources:\n  - url: https://a.example/rss\n    every: 5m\nalerts:\n  - name: x\n    bbox: [1, 2, 3]\n", 5, "bbox")]
    [InlineData("sources:\n  - url: https://a.example/rss\n    every: 5m\nalerts:\n  - name: x\n    control: [Kidal]\n    min_fatalities: 3\n", 5, "control alert")]
    public void A_mistake_is_an_error_naming_the_file_and_line(string yaml, int line, string message)
    {
        var e = Should.Throw<InputException>(() => SourcesFile.Parse(yaml, "sources.yaml"));
        e.Message.ShouldContain("sources.yaml");
        e.Line.ShouldBe(line);
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void An_empty_or_missing_file_is_a_clear_error()
    {
        Should.Throw<InputException>(() => SourcesFile.Parse("", "empty.yaml")).Message.ShouldContain("'sources:'");
        Should.Throw<InputException>(() => SourcesFile.Load("/nonexistent/sources.yaml")).Message.ShouldContain("not found");
    }
}
