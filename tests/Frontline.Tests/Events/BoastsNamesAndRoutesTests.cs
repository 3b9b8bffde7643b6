using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>An attacker's own count of the dead beside another teller's, a place that opens an organisation's name, a road's
/// end beside the place an act happened, a rally the bomb hit, a country that names a group's branch, weapons a force took
/// in a town it took. Texts written for these tests.</summary>
public class BoastsNamesAndRoutesTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void The_attackers_own_count_of_the_dead_is_no_more_dead()
    {
        const string text = "MOGADISHU, March 9 (Reuters) - Al Shabaab militants attacked an army base in Bulo Burde on Saturday, killing at "
                            + "least five soldiers, a local elder said. Al Shabaab said in a statement that it had killed 30 soldiers.";
        Events(text, "2025-03-09").Single().Fatalities.ShouldBe(5);
    }

    [Fact]
    public void The_attackers_own_count_told_later_does_not_replace_the_leads()
    {
        const string text = "BAMAKO, March 9 (Reuters) - Jihadists stormed an army camp in Boni in central Mali on Saturday, killing dozens "
                            + "of soldiers, security sources said.\n\n"
                            + "The Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said on its channels that its fighters had killed 60 soldiers.";
        Events(text, "2025-03-09").ShouldContain(e => e.Fatalities == 12);
        Events(text, "2025-03-09").ShouldNotContain(e => e.Fatalities == 60);
    }

    [Fact]
    public void A_place_that_opens_a_partys_name_is_no_scene()
    {
        const string text = "QUETTA, Pakistan, March 9 (Reuters) - Police fired tear gas at supporters of the Sindh United Party who had "
                            + "gathered outside the provincial assembly on Saturday.";
        Events(text, "2025-03-09").Single().Location!.Name.ShouldBe("Quetta");
    }

    [Fact]
    public void Where_a_road_leads_is_not_where_it_was_blocked()
    {
        const string text = "QUETTA, Pakistan, March 9 (Reuters) - Hundreds of protesters blocked the highway to Karachi at Mastung on "
                            + "Sunday, police said.";
        Events(text, "2025-03-09").Single().Location!.Name.ShouldBe("Mastung");
    }

    [Fact]
    public void A_rally_a_bomb_hit_is_no_protest_of_its_own()
    {
        const string text = "PESHAWAR, Pakistan, March 9 (Reuters) - The rally of a religious party had just ended in Peshawar on Saturday "
                            + "when a suicide bomber detonated his explosives, killing 12 people, police said.";
        Events(text, "2025-03-09").ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void A_country_naming_a_groups_branch_is_not_the_claimant()
    {
        const string text = "PESHAWAR, Pakistan, March 9 (Reuters) - A suicide bomber killed 12 people at a market in Peshawar on Saturday.\n\n"
                            + "Islamic State's Pakistan branch claimed responsibility for the attack.";
        Events(text, "2025-03-09").Single().Actor1!.Name.ShouldBe("Islamic State");
    }

    [Fact]
    public void Weapons_a_force_took_in_the_town_it_took_are_part_of_the_takeover()
    {
        const string text = "BANGKOK, March 9 (Reuters) - Myanmar's military said on Sunday it had regained control of the town of Lashio in "
                            + "Shan state from the rebels.\n\n"
                            + "State television said troops had seized weapons and ammunition in the town.";
        Events(text, "2025-03-09").ShouldNotContain(e => e.Codes.AcledSubEventType == "Disrupted weapons use");
    }
}
