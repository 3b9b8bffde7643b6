namespace Frontline.Tests.Events;

/// <summary>Forces named as occupiers, a town put in a province by its region's word, rangers on patrol, a war's toll told
/// after its "since", and weapons listed in a haul. Texts written for these tests.</summary>
public class OccupiersRangersAndHaulsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void The_occupation_forces_of_a_territorys_report_are_its_occupiers()
    {
        var killing = Events("JENIN, January 5, 2025 (WAFA) - A young man was killed by occupation forces' gunfire at dawn today during an "
                             + "incursion into the town of Qabatiya, south of Jenin.", "2025-01-05").Single(Analysis.Violent);
        killing.Actor1!.Name.ShouldBe("Military Forces of Israel");
    }

    [Fact]
    public void A_town_put_in_a_province_by_its_regions_word_is_no_large_city_abroad()
    {
        var events = Events("Security forces repel terrorist attack in Kani Township\n\nNAY PYI TAW, 14 October - Security columns clashed "
                            + "with PDF terrorists near Kani, Sagaing Region, on 12 October.", "2025-10-14");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "JP");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.Contains("Japan"));
    }

    [Fact]
    public void Rangers_are_the_states_and_the_patrol_a_bomb_hit_is_no_deployment()
    {
        var events = Events("YALA, Thailand - Two rangers were killed when a bomb exploded beside a road as their patrol passed in Bannang "
                            + "Sata district on Monday, police said.", "2025-06-10");
        var bomb = events.ShouldHaveSingleItem();
        bomb.Actor2!.Name.ShouldBe("Military Forces of Thailand");
    }

    [Fact]
    public void A_toll_told_of_the_violence_after_a_war_dated_by_since_is_no_acts_toll()
    {
        var bomb = Events("YALA, Thailand - Two rangers were killed by a roadside bomb in Raman district on Monday, police said.\n\n"
                          + "Insurgents have fought for autonomy in the southern provinces since 2004. More than 7,000 people have been "
                          + "killed in the violence, according to a monitoring group.", "2025-06-10").Single(Analysis.Violent);
        bomb.Fatalities.ShouldBe(2);
    }

    [Fact]
    public void Weapons_listed_after_a_seizure_are_the_haul()
    {
        Events("NAY PYI TAW, 14 October - Tatmadaw security columns clashed with about 50 PDF terrorists near Monywa, Sagaing Region, on "
               + "12 October, the Information Team said.\n\nSeven terrorists were killed in the encounter, and the columns seized two "
               + "home-made rifles, mines and ammunition, according to the statement.", "2025-10-14")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Remote explosive/landmine/IED");
    }
}
