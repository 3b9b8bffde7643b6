using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A province in the lead and a town of it named later, a month's tally of attacks, a lead's night and a detail's
/// day, and a city described as the scene of a war's fighting. Texts written for these tests.</summary>
public class ProvincesTalliesAndNightsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string Raid =
        "JOS, Nigeria, April 15 - Gunmen killed at least 51 people in an overnight raid on a farming village in Nigeria's central Plateau state, "
        + "the governor said on Tuesday.\n\n";

    [Fact]
    public void A_province_in_the_lead_is_not_a_town_of_it_named_later_and_a_months_tally_of_attacks_is_no_act()
    {
        var events = Events(Raid + "More than 100 people were killed in attacks in Plateau's Bokkos area in early April.", "2025-04-15");
        events.Single(Analysis.Violent).Location!.Name.ShouldNotBe("Bokkos");
        events.ShouldNotContain(e => e.Fatalities == 100);
    }

    [Fact]
    public void A_detail_told_on_the_night_before_a_leads_overnight_is_that_act_on_its_day()
    {
        var raid = Events(Raid + "The attackers stormed Zike village in the Bassa local government area late on Sunday, shooting residents and "
                                + "setting homes on fire.", "2025-04-15")
            .Single(e => e.Fatalities == 51);
        raid.Location!.Name.ShouldBe("Bassa");
        raid.Date.ShouldBe(DateInterval.Day(Analysis.Day("2025-04-13")));
    }

    [Fact]
    public void A_city_told_as_the_scene_of_a_wars_fighting_tells_no_fight()
    {
        Events("Taiz, Yemen's third-largest city, has been the scene of some of the war's heaviest fighting.", "2024-11-05")
            .ShouldBeEmpty();
    }
}
