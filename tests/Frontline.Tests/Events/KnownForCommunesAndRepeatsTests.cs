namespace Frontline.Tests.Events;

/// <summary>What a victim was known for, a commune pointed back at, the clause a participle follows, another strike by the
/// author of the one before, and a strike named again as what a leader judges. Texts written for these tests.</summary>
public class KnownForCommunesAndRepeatsTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_mayor_who_fought_gangs_and_was_shot_dead_was_attacked_not_in_a_battle()
    {
        const string text = "LIMA, Oct 10 - A mayor who fought gangs was shot dead outside his home in Trujillo on Friday, police said.";
        var killing = Events(text, "2025-10-10").ShouldHaveSingleItem();
        killing.Codes.AcledSubEventType.ShouldBe("Attack");
        (killing.Actor2 is null || killing.Actor2.Kind == Frontline.Core.Model.ActorKind.Civilians).ShouldBeTrue();
    }

    [Fact]
    public void The_commune_is_the_town_the_report_called_a_commune()
    {
        const string text = "PORT-AU-PRINCE, March 8 - Gang members attacked Cabaret, a coastal commune north of Haiti's capital, on Saturday, "
                            + "killing 12 people, officials said.\n\n"
                            + "The attackers set fire to houses, the mayor said.\n\n"
                            + "Police said officers had pushed the gangs back from the centre of the commune on Sunday, killing four gang members.";
        Events(text, "2025-03-09").ShouldContain(e => e.Codes.AcledSubEventType == "Armed clash" && e.Location != null && e.Location.Name == "Cabaret");
    }

    [Fact]
    public void Another_strike_is_by_the_author_of_the_strike_before()
    {
        const string text = "DUBAI, April 20 - A U.S. air strike hit a fuel port in Yemen's Hodeidah province, killing 30 people, the Houthi-run "
                            + "health ministry said on Sunday.\n\n"
                            + "Another strike on Sanaa overnight killed four people, the ministry said.";
        Events(text, "2025-04-20").ShouldContain(e => e.Location != null && e.Location.Name == "Sanaa"
                                                      && e.Actor1 != null && e.Actor1.Name == "Military Forces of United States");
    }

    [Fact]
    public void A_strike_named_again_as_what_a_leader_judges_is_no_act_of_its_own()
    {
        const string text = "KYIV, April 14 - A Russian missile hit a school in Sumy on Sunday, killing five people, officials said.\n\n"
                            + "In the Kursk region across the border, Russian officials said a Ukrainian drone attack killed a man.\n\n"
                            + "President Volodymyr Zelenskiy called the strike \"pure terror\" and urged Western partners to allow Ukraine to use "
                            + "their weapons against targets inside Russia.";
        Events(text, "2025-04-14").Count.ShouldBe(2);
    }
}
