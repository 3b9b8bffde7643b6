using Frontline.Watch;

namespace Frontline.Tests.Watch;

public sealed class RobotsRulesTests
{
    private const string Site = """
        # a news site
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$
        Disallow: /search?

        User-agent: Frontline
        User-agent: OtherBot
        Disallow: /archive/

        User-agent: Greedy
        Disallow: /
        """;

    [Theory]
    [InlineData("*", "/world/story.html", true)]
    [InlineData("*", "/private/notes.html", false)]
    [InlineData("*", "/private/press/release.html", true)]
    [InlineData("*", "/files/report.pdf", false)]
    [InlineData("*", "/files/report.pdf?page=2", true)]
    [InlineData("*", "/search?q=idlib", false)]
    [InlineData("Frontline", "/private/notes.html", true)]
    [InlineData("Frontline", "/archive/2019/", false)]
    [InlineData("Greedy", "/anything", false)]
    public void The_group_for_the_agent_applies_with_the_longest_match_winning(string agent, string path, bool allowed) =>
        RobotsRules.Parse(Site, agent).Allows(path).ShouldBe(allowed);

    [Fact]
    public void An_empty_disallow_or_no_group_allows_everything()
    {
        RobotsRules.Parse("User-agent: *\nDisallow:\n", "Frontline").Allows("/x").ShouldBeTrue();
        RobotsRules.Parse("Sitemap: /sitemap.xml\n", "Frontline").Allows("/x").ShouldBeTrue();
    }
}
