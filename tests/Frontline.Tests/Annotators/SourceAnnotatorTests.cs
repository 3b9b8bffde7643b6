namespace Frontline.Tests.Annotators;

public class SourceAnnotatorTests
{
    private static string[] Sources(string text) => Analysis.Annotate(text).Ann.Sources.Select(s => s.Name).ToArray();

    [Fact]
    public void Confirmed_by_two_parties_gives_two_sources()
    {
        Sources("This deployment was confirmed by a militia official and a war monitor on Monday.")
            .ShouldBe(["militia official", "war monitor"]);
    }

    [Fact]
    public void According_to_an_anonymous_official()
    {
        Sources("According to an anonymous militia official, 200 fighters entered Syria.").ShouldBe(["anonymous militia official"]);
    }

    [Fact]
    public void As_reported_by_stops_before_a_participle()
    {
        Sources("Ten civilians died, as reported by the Syrian Civil Defense operating in opposition-held areas.")
            .ShouldBe(["Syrian Civil Defense"]);
    }

    [Fact]
    public void What_was_reported_is_no_source()
    {
        Sources("A Saudi-led coalition airstrike was reported near Saada, Yemen.").ShouldBeEmpty();
        Analysis.Run("On 8 May 2020, a Saudi-led coalition airstrike was reported near Saada, Yemen.", "2020-05-09").Events.Single()
            .Actor1!.AcledName.ShouldBe("Operation Restoring Hope");
    }

    [Fact]
    public void Party_before_said()
    {
        Sources("A car bomb killed 32 people, police said.").ShouldBe(["police"]);
    }

    [Fact]
    public void A_sentence_without_attribution_has_no_source()
    {
        Sources("Turkish-backed rebels captured Tel Rifaat.").ShouldBeEmpty();
    }
}
