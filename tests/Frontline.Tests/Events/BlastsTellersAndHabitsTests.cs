using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A bridge blown up, a state that tells of a bombing, a neighbour a region borders, a meeting at a strike's target,
/// a defence ministry's strike and its own count of dead, a group described in the present, the places worst hit, weapons
/// a vehicle is mounted with, disorder and the charge of it. Texts written for these tests.</summary>
public class BlastsTellersAndHabitsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_bridge_blown_up_is_a_remote_explosive_and_the_state_that_tells_of_it_is_no_bomber()
    {
        const string text = "Belarus says rail bridge blown up near Grodno, killing two\n\n"
                            + "MINSK, March 9 (Reuters) - A railway bridge was blown up near Grodno on Saturday night as a freight train "
                            + "crossed it, killing two crew members, investigators said on Sunday.";
        var blast = Events(text, "2025-03-09").ShouldHaveSingleItem();
        blast.Codes.AcledSubEventType.ShouldBe("Remote explosive/landmine/IED");
        blast.Actor1?.Name.ShouldNotStartWith("Belarus");
        blast.Actor1?.Name.ShouldNotContain("of Belarus");
    }

    [Fact]
    public void A_country_a_region_borders_is_not_where_its_bridge_was_blown_up()
    {
        const string text = "MOSCOW, June 1 (Reuters) - Officials said on Sunday that a road bridge in a district bordering Ukraine was blown up "
                            + "overnight, killing three people.";
        var blast = Events(text, "2025-06-01").ShouldHaveSingleItem();
        blast.Location!.CountryIso2.ShouldBe("RU");
    }

    [Fact]
    public void A_meeting_told_where_a_strike_hit_is_its_target_and_no_event()
    {
        const string text = "KYIV, May 3 (Reuters) - A Russian missile struck a hotel in Kharkiv on Friday where local officials and aid "
                            + "workers were meeting, killing four people, the governor said.";
        var events = Events(text, "2025-05-03");
        events.ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Explosions/Remote violence");
    }

    [Fact]
    public void A_defence_ministrys_strike_is_its_forces_and_its_own_count_of_dead_is_no_second_toll()
    {
        const string text = "KYIV, May 3 (Reuters) - A Russian missile hit a cafe in the city of Zaporizhzhia on Friday evening, killing "
                            + "seven civilians, officials said.\n\n"
                            + "Russia's defence ministry said it had struck a building in Zaporizhzhia where Ukrainian officers were "
                            + "meeting, claiming to have killed 40 soldiers.";
        var strike = Events(text, "2025-05-03").ShouldHaveSingleItem();
        strike.Actor1!.Name.ShouldBe("Military Forces of Russia");
        strike.Fatalities.ShouldBe(7);
    }

    [Fact]
    public void What_a_group_does_in_the_present_describes_it_and_the_places_worst_hit_were_not_hit_that_day()
    {
        const string text = "KANO, Nigeria, Feb 4 (AP) - Gunmen killed 12 villagers in the village of Kwatarkwashi on Monday, police said.\n\n"
                            + "Katsina is among the states worst hit by armed gangs known as bandits, who raid villages, kidnap for "
                            + "ransom and tax farmers.";
        var attack = Events(text, "2025-02-04").ShouldHaveSingleItem();
        attack.Fatalities.ShouldBe(12);
    }

    [Fact]
    public void Machine_guns_a_truck_is_mounted_with_are_no_shelling()
    {
        const string text = "PORT SUDAN, Aug 12 (Reuters) - Fighters of the Rapid Support Forces (RSF) killed 20 people in a village near "
                            + "El Obeid on Monday, residents said.\n\n"
                            + "The fighters arrived in pickup trucks mounted with machine guns and shot residents in their homes.";
        var events = Events(text, "2025-08-12");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Shelling/artillery/missile attack");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(20);
    }

    [Fact]
    public void Disorder_is_a_riot_but_not_the_charge_of_one()
    {
        const string riot = "BELFAST (Reuters) - Disorder broke out in Coleraine on Wednesday night, police said.";
        Events(riot, "2025-06-12").ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Riots");
        const string arrest = "LONDON (Reuters) - Police arrested two men in Epping on Thursday on suspicion of violent disorder.";
        Events(arrest, "2025-07-18").ShouldNotContain(e => e.Codes.AcledEventType == "Riots");
    }
}
