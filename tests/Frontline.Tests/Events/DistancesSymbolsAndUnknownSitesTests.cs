using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A province's name with "and" in it, a town far from where the act was, a symbol burned, a protest against an
/// act told before, a group after "by" that its backer names, the weapons of a battle's unnamed attackers, a base in a town
/// the gazetteer lacks, and bombs named by the force's weapon. Texts written for these tests.</summary>
public class DistancesSymbolsAndUnknownSitesTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_district_of_Jammu_and_Kashmir_is_where_the_ambush_was_not_the_city_of_Jammu()
    {
        const string text = "SRINAGAR, July 9 - Militants ambushed an army truck in the Kathua district of Jammu and Kashmir on Monday, killing "
                            + "five soldiers, the army said.";
        Events(text, "2024-07-09").ShouldContain(e => e.Location != null && e.Location.Name == "Kathua");
    }

    [Fact]
    public void A_town_far_from_the_act_is_not_its_scene()
    {
        const string text = "SRINAGAR, July 9 - Militants fired on an army truck near Machedi, about 150 km from Jammu, on Monday, officials said.";
        Events(text, "2024-07-09").ShouldNotContain(e => e.Location != null && e.Location.Name == "Jammu");
    }

    [Fact]
    public void Burning_an_effigy_is_a_peaceful_protest_and_a_protest_against_the_killings_is_no_earlier_than_them()
    {
        const string text = "SRINAGAR, July 9 - Militants killed five soldiers in an ambush in the Kathua district on Monday, the army said.\n\n"
                            + "In Jammu, dozens of people protested against the killings, burning an effigy of Pakistan.";
        var protest = Events(text, "2024-07-09").Single(e => e.Codes.AcledEventType == "Protests");
        protest.Codes.AcledSubEventType.ShouldBe("Peaceful protest");
        protest.Date.Start.ShouldBe(new DateOnly(2024, 7, 8));
    }

    [Fact]
    public void Villagers_abducted_by_linked_rebels_and_killed_were_attacked()
    {
        const string text = "KINSHASA, Feb 20 - The bodies of 40 people were found in a church in eastern Congo, days after they were abducted by "
                            + "Islamic State-linked rebels, local officials said on Thursday.";
        Events(text, "2025-02-20").ShouldContain(e => e.Fatalities == 40 && e.Codes.AcledSubEventType == "Attack");
    }

    [Fact]
    public void The_car_bomb_and_mortars_of_a_battle_s_unnamed_attackers_are_that_battle()
    {
        const string text = "BAMAKO, June 3 - JNIM militants attacked a military camp in Timbuktu on Monday, sparking hours of heavy fighting, "
                            + "the army said.\n\n"
                            + "The attackers used a car bomb and fired mortars at the camp, the army said. It said 14 attackers were killed.";
        var battle = Events(text, "2025-06-03").ShouldHaveSingleItem();
        battle.Codes.AcledSubEventType.ShouldBe("Armed clash");
        battle.Fatalities.ShouldBe(14);
    }

    [Fact]
    public void A_base_in_a_town_the_gazetteer_lacks_is_not_in_the_lead_s_town()
    {
        const string text = "BAMAKO, June 3 - JNIM militants attacked a military camp in Timbuktu on Monday, the army said.\n\n"
                            + "The attack came a day after JNIM fighters killed more than 30 soldiers in an assault on an army base in Boulkessi.";
        Events(text, "2025-06-03").ShouldContain(e => e.Fatalities == 30 && e.Location != null && e.Location.Name != "Timbuktu");
    }

    [Fact]
    public void Guided_bombs_named_by_the_force_stay_an_air_strike_when_the_detail_says_bombs()
    {
        const string text = "KYIV, May 26 - Russian guided bombs struck a hardware store in Kharkiv on Saturday, killing at least 16 people, "
                            + "officials said.\n\n"
                            + "About 200 people were inside the store when two bombs hit it in the afternoon, officials said.";
        Events(text, "2024-05-26").ShouldContain(e => e.Fatalities == 16 && e.Codes.AcledSubEventType == "Air/drone strike");
    }
}
