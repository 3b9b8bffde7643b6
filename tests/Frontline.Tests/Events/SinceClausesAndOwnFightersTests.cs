namespace Frontline.Tests.Events;

/// <summary>A capture told in a "since" clause, the standing fight it dates, and "its fighters" in what a named group says.
/// Texts written for these tests.</summary>
public class SinceClausesAndOwnFightersTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_capture_a_since_clause_tells_and_the_fighting_it_dates_are_no_acts_and_its_fighters_are_the_tellers()
    {
        const string text = "DAMASCUS, Feb 3 (Reuters) - Turkish-backed factions have been fighting the SDF around the Tishreen dam, south of "
                            + "Manbij, since they captured the city. The SDF said on Monday its fighters had repelled an attack near the dam, "
                            + "killing 15 members of the factions.";
        var clash = Events(text, "2025-02-03").ShouldHaveSingleItem();
        clash.Codes.AcledSubEventType.ShouldBe("Armed clash");
        clash.Actor1!.Name.ShouldBe("Syrian Democratic Forces");
        clash.Fatalities.ShouldBe(15);
    }

    [Fact]
    public void Have_since_seized_is_an_act_of_the_report()
    {
        const string text = "BANGUI, Jan 13 (Reuters) - The rebels launched an offensive in December and have since seized several towns, "
                            + "including Bangassou in the southeast, the United Nations said.";
        Events(text, "2021-01-13").ShouldContain(e => e.Location != null && e.Location.Name == "Bangassou");
    }
}
