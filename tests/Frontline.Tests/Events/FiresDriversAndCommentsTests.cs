namespace Frontline.Tests.Events;

/// <summary>The dead of a fire, a lone driver who rams a march, an act named again in a comment, and a state called a threat.
/// Texts written for these tests.</summary>
public class FiresDriversAndCommentsTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void The_dead_of_a_fire_are_no_toll_of_the_riot_a_day_after()
    {
        const string text = "SKOPJE, March 17 (Reuters) - Angry residents smashed windows and set fire to a bar in the town of Kocani on Monday, "
                            + "a day after a fire at a nightclub killed 59 people.";
        var events = Events(text, "2025-03-17");
        events.ShouldNotContain(e => e.Fatalities == 59);
        events.ShouldContain(e => e.Codes.AcledEventType == "Riots");
    }

    [Fact]
    public void One_driver_who_rams_a_march_is_an_unidentified_attacker_not_a_mob()
    {
        const string text = "BERLIN, Feb 13 (Reuters) - The driver, a 24-year-old asylum seeker, rammed a car into the back of a march organised "
                            + "by a union in Munich on Thursday morning, injuring at least 37 people, police said.";
        var events = Events(text, "2025-02-13");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Riots");
        events.ShouldContain(e => e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void The_attack_named_again_in_a_comment_abroad_and_a_state_called_a_threat_are_no_events()
    {
        const string text = "KYIV, June 24 (Reuters) - A Russian missile attack on Dnipro on Tuesday killed at least 17 people, officials said.\n\n"
                            + "President Volodymyr Zelenskiy, attending a summit in The Hague, said the attack showed that Russia was \"a threat\".";
        Events(text, "2025-06-24").ShouldHaveSingleItem().Location!.Name.ShouldBe("Dnipro");
    }
}
