using Frontline.Core.Output;
using Frontline.Watch;

namespace Frontline.Tests.Watch;

public sealed class AlertRuleTests
{
    private static AlertRule Rule(string yaml) => SourcesFile.Parse("sources:\n  - { url: https://a.example/rss, every: 5m }\nalerts:\n" + yaml, "sources.yaml").Alerts.Single();

    private static readonly ActorDto Sdf = new("Syrian Democratic Forces", "QSD: Syrian Democratic Forces", "rebel group", "SYR", [], null);
    private static readonly ActorDto Sna = new("Syrian National Army", "SNA: Syrian National Army", "rebel group", "SYR", ["Turkey"], null);

    private static EventDto Strike(int? dead, string country = "SY", string admin1 = "Idlib", double lat = 35.6, double lon = 36.6) => new(
        "x/1", "a", "strike", new DateDto("2024-12-01", "2024-12-01", "day"),
        new AcledDto("Political violence", "Explosions/Remote violence", "Air/drone strike", 1, 7, 17, null), "195", new PloverDto("ASSAULT", "aerial"),
        Sna, null, [], new LocationDto("Kafr Nabl", null, lat, lon, admin1, null, country, null, "place"), dead, null, "asserted", [], []);

    [Fact]
    public void Every_condition_given_must_hold()
    {
        var rule = Rule("  - { name: deadly Idlib strikes, event_type: Air/drone strike, country: Syria, admin1: Idlib, min_fatalities: 5 }\n");
        rule.Matches(Strike(6)).ShouldBeTrue();
        rule.Matches(Strike(4)).ShouldBeFalse();
        rule.Matches(Strike(null)).ShouldBeFalse();
        rule.Matches(Strike(6, admin1: "Aleppo")).ShouldBeFalse();
        rule.Matches(Strike(6, country: "IQ")).ShouldBeTrue("the place is in Iraq, but the attacker is Syrian");
        Rule("  - { name: Iraq, country: IQ }\n").Matches(Strike(6)).ShouldBeFalse();
    }

    [Fact]
    public void A_box_and_an_actor_narrow_the_events()
    {
        Rule("  - { name: box, bbox: [36.0, 35.0, 37.0, 36.0] }\n").Matches(Strike(1)).ShouldBeTrue();
        Rule("  - { name: box, bbox: [36.0, 35.0, 37.0, 36.0] }\n").Matches(Strike(1, lat: 36.5)).ShouldBeFalse();
        Rule("  - { name: actor, actor: National Army }\n").Matches(Strike(1)).ShouldBeTrue();
        Rule("  - { name: actor, actor: Hezbollah }\n").Matches(Strike(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_control_rule_matches_its_place_in_any_common_spelling_and_no_event()
    {
        var rule = Rule("  - { name: Tal Rifaat, control: [Tal Rifaat] }\n");
        var change = new ControlChangeDto(new LocationDto("Tall Rif‘at", null, 36.47, 37.1, "Aleppo", null, "SY", null, "place"), Sdf, Sna,
            new DateDto("2024-12-01", "2024-12-01", "day"), []);
        rule.Matches(change).ShouldBeTrue();
        rule.Matches(change with { Location = change.Location with { Name = "Manbij" } }).ShouldBeFalse();
        rule.Matches(Strike(10)).ShouldBeFalse();
    }
}
