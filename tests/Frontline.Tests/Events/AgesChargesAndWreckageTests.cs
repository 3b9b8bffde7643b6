namespace Frontline.Tests.Events;

/// <summary>Ages after "aged", the charge a suspect is held on, what burned where a strike hit, and a toll at its own town
/// before strikes told as more. Texts written for these tests.</summary>
public class AgesChargesAndWreckageTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Numbers_after_aged_are_ages_not_the_dead()
    {
        const string text = "BERLIN, Aug 24 (Reuters) - A man stabbed people at a festival in Solingen on Friday evening, police said. Two men "
                            + "aged 67 and 56 were killed.";
        Events(text, "2024-08-24").ShouldHaveSingleItem().Fatalities.ShouldBe(2);
    }

    [Fact]
    public void What_a_suspect_who_surrendered_is_suspected_of_is_no_second_attack()
    {
        const string text = "BERLIN, Aug 25 (Reuters) - The attacker stabbed people at a festival in Solingen on Friday evening, killing three, "
                            + "police said.\n\n"
                            + "A 26-year-old Syrian man suspected of killing three people in a knife attack at the festival turned himself in "
                            + "to police late on Saturday.";
        Events(text, "2024-08-25").ShouldNotContain(e => e.Codes.AcledEventType == "Riots");
    }

    [Fact]
    public void People_arrested_on_suspicion_of_links_to_an_attack_are_an_arrest()
    {
        const string text = "NAIROBI, Jan 5 (Reuters) - Kenyan police said five people suspected of links to the attack had been arrested in "
                            + "Lamu on Sunday evening.";
        Events(text, "2020-01-05").ShouldContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void Stalls_burned_where_a_strike_hit_are_the_strike()
    {
        const string text = "DUBAI, April 21 (Reuters) - A U.S. air strike hit a market in Sanaa late on Sunday, killing 12 people, the health "
                            + "ministry said.\n\n"
                            + "Television showed rescuers searching rubble at the market in Sanaa, where stalls and cars were burned.";
        var strike = Events(text, "2025-04-21").ShouldHaveSingleItem();
        strike.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
    }

    [Fact]
    public void A_toll_told_at_its_own_town_is_no_toll_of_the_strikes_told_as_more_elsewhere()
    {
        const string text = "KYIV, July 8 (Reuters) - Ten people were killed in the central city of Kryvyi Rih, the regional governor said, "
                            + "and strikes also hit Dnipro, Kramatorsk and Pokrovsk.";
        Events(text, "2024-07-08").ShouldContain(e => e.Location != null && e.Location.Name == "Kryvyy Rih" && e.Fatalities == 10);
    }
}
