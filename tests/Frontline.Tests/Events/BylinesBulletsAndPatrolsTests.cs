namespace Frontline.Tests.Events;

/// <summary>Reports in other house styles: a town named as a city beside its province, a byline's town, a summary's bullet,
/// a running total since the year began, an attack attributed to a group, houses destroyed beside a toll, a clause's bare
/// count, a patrol's troops, a correspondent told on one day of another, and "the community" told again. Texts written for
/// these tests.</summary>
public class BylinesBulletsAndPatrolsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void The_city_of_a_name_is_the_town_not_the_province_of_that_name()
    {
        var strike = Events("PORT SUDAN - Drones struck a fuel depot in the city of Sennar on Tuesday, the army said.", "2025-04-02")
            .Single(Analysis.Violent);
        strike.Location!.Precision.ShouldBe(Core.Model.PlacePrecision.Place);
    }

    [Fact]
    public void A_bylines_town_places_nothing_and_the_community_told_again_is_the_one_attacked()
    {
        var attack = Events("Gunmen kill 9 in Katsina village\n\nBy Musa Bello, Gusau\n\nGunmen have killed nine people in an attack on a "
                            + "community in Katsina State, residents said.\n\nResidents told our correspondent on Tuesday that the gunmen "
                            + "stormed the community on Sunday.", "2025-07-22").Single(Analysis.Violent);
        attack.Location!.Name.ShouldNotBe("Gusau");
        attack.Date.ShouldBe(Core.Model.DateInterval.Day(Analysis.Day("2025-07-20")));
    }

    [Fact]
    public void A_summarys_bullet_with_the_lead_toll_is_the_lead_and_a_total_since_the_year_began_is_no_toll()
    {
        var events = Events("HIGHLIGHTS\n- At least 31 civilians killed in an attack on a displacement site\n\nSITUATION OVERVIEW\nOn the night "
                            + "of 3 to 4 March, armed men attacked a site hosting displaced people near Bunia. At least 31 civilians were killed. "
                            + "The attack is attributed to members of the CODECO armed group.\n\nSince the beginning of the year, more than "
                            + "200 civilians have been killed in the territory.", "2025-03-06");
        var attack = events.ShouldHaveSingleItem();
        attack.Fatalities.ShouldBe(31);
        attack.Actor1!.Name.ShouldBe("CODECO");
    }

    [Fact]
    public void Houses_destroyed_beside_a_toll_are_not_counted_as_dead()
    {
        Events("Aircraft bombed the town on Thursday, killing at least five civilians and destroying about 20 houses, residents said.",
                "2024-12-21")
            .Single(Analysis.Violent).Fatalities.ShouldBe(5);
    }

    [Fact]
    public void A_bare_count_opening_a_clause_of_while_is_no_defender_striking()
    {
        var events = Events("Rebel drones struck a power station in Kosti on Monday. In a statement, the army said air defences shot down "
                            + "five drones, while two struck the station.", "2025-03-18");
        events.ShouldNotContain(e => Analysis.Violent(e) && e.Actor1 != null && e.Actor1.Name == "Military Forces of Sudan");
    }

    [Fact]
    public void The_troops_of_a_patrol_are_who_fought()
    {
        var clash = Events("PEMBA - A joint patrol of Rwandan and Mozambican troops clashed with insurgents near Macomia on Sunday, killing "
                           + "two of them, a military source said.", "2025-09-09").Single(Analysis.Violent);
        clash.Actor1!.Name.ShouldStartWith("Military Forces of");
    }
}
