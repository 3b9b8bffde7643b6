namespace Frontline.Tests.Events;

/// <summary>Bounties and sums of money, a person captured, a headline's dropped auxiliary, raids that only arrest, a series
/// claimed over years, a teller behind its apposition, a force that foiled a move, and arms found after a fight or taken with
/// arrests. Texts written for these tests.</summary>
public class BountiesRaidsAndTellersTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_bounty_per_officer_killed_and_a_reward_for_a_leaders_capture_tell_no_act_and_a_sum_counts_no_one()
    {
        var events = Events("BOGOTA - Gunmen killed a police officer in Caucasia on Friday. The minister said the gang pays its members "
                            + "3 million pesos ($700) for every police officer killed, and offered a reward for information leading to the "
                            + "capture of the gang's leader.", "2025-05-10");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(1);
    }

    [Fact]
    public void A_gang_called_by_its_new_name_is_the_catalogues_group()
    {
        var attack = Events("MEDELLIN - Fighters of the Gaitanist Army of Colombia attacked a police station in Caucasia on Friday, "
                            + "killing one officer.", "2025-05-10").Single(Analysis.Violent);
        attack.Actor1!.Name.ShouldBe("Clan del Golfo");
    }

    [Fact]
    public void Whoever_a_headline_says_was_shot_dead_is_no_shooter()
    {
        var killing = Events("Three soldiers shot dead in northern Burkina Faso\n\nOUAGADOUGOU, June 2 (Reuters) - Gunmen shot dead three "
                             + "soldiers at a checkpoint near Djibo on Sunday, security sources said.", "2025-06-02").Single(Analysis.Violent);
        killing.Actor1!.Name.ShouldNotContain("Military Forces");
    }

    [Fact]
    public void A_raid_that_only_detained_people_and_the_arms_it_seized_are_its_arrests()
    {
        var events = Events("HEBRON - Israeli forces raided the village of Beit Ummar overnight, detaining four young men and seizing "
                            + "weapons, residents said.", "2025-03-04");
        events.ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Arrests");
    }

    [Fact]
    public void A_series_of_attacks_a_group_has_claimed_over_years_is_no_act()
    {
        Events("The group has claimed a series of small attacks in the provinces of Kunar and Nuristan since the Taliban took power in "
               + "2021.", "2025-08-21")
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_fighters_of_a_teller_named_before_its_apposition_are_its_own()
    {
        var ambush = Events("KABUL - The National Resistance Front (NRF), an armed group opposed to the Taliban, said on Monday its "
                            + "fighters had killed four Taliban members in an ambush in Panjshir province.", "2025-08-21").Single(Analysis.Violent);
        ambush.Actor1!.Name.ShouldBe("National Resistance Front");
    }

    [Fact]
    public void A_force_that_foiled_a_move_killed_those_who_died_and_arms_found_after_are_the_fights()
    {
        var events = Events("SRINAGAR - Three militants were killed on Sunday night when troops foiled an infiltration bid in the Uri "
                            + "sector of Baramulla district, the army said. Three rifles and ammunition were recovered, it said.", "2024-09-02");
        events.ShouldHaveSingleItem().Actor1!.Name.ShouldBe("Military Forces of India");
    }
}
