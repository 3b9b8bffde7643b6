using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Acts told together in one sentence or report: a killing and the burning that went with it, one act told by
/// several words, custody that describes someone, a time of another clause, wounded of a crowd's act, a vehicle driven
/// into people, houses burned, a road blocked by armed men, people fleeing fighting, two groups named again. Texts
/// written for these tests.</summary>
public class ActsTogetherTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Property_burned_with_a_killing_is_part_of_it_and_a_time_closing_the_sentence_dates_both()
    {
        var e = Events("Three police officers were shot dead and their patrol car set on fire near Canete on Saturday.", "2024-04-28").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldNotBe("Strategic developments");
        e.Fatalities.ShouldBe(3);
        e.Date.ShouldBe(DateInterval.Day(Analysis.Day("2024-04-27")));
    }

    [Fact]
    public void Vehicles_shot_up_with_no_one_hurt_stay_destruction()
    {
        Events("Gang members shot and destroyed private vehicles in Campeche on Sunday. No one was hurt.", "2024-04-28")
            .ShouldContain(e => e.Codes.AcledSubEventType == "Looting/property destruction");
    }

    [Fact]
    public void One_act_told_by_several_words_is_dated_by_any_of_them()
    {
        var e = Events("Three police officers were shot dead and their patrol car set on fire in the southern Biobio region on Saturday, in an attack the president called an assault on the state.",
            "2024-04-28").ShouldHaveSingleItem();
        e.Date.ShouldBe(DateInterval.Day(Analysis.Day("2024-04-27")));
    }

    [Fact]
    public void Custody_that_describes_someone_is_no_arrest_but_being_placed_under_it_is()
    {
        Events("Three police officers were shot dead and their patrol car set on fire in the southern Biobio region on Saturday.\n\n"
               + "The bodies of the three officers were found inside the burned vehicle near the town of Canete early on Saturday, police said. "
               + "The police chief said the officers had been ambushed while driving to a routine check on a person under house arrest.", "2024-04-28")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Arrests");
        Events("Police placed the former minister under house arrest in Canete on Friday.", "2024-04-28")
            .ShouldContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void A_time_after_since_in_another_clause_dates_no_act()
    {
        var e = Events("Police detained 22 people in Belgrade after scuffles broke out near parliament, where supporters of the president have been camping since last week.",
            "2025-03-16").ShouldHaveSingleItem();
        // "last week" ended on 9 March; the detentions are undated news of the days before the report.
        e.Date.End.ShouldBeGreaterThan(Analysis.Day("2025-03-09"));
    }

    [Fact]
    public void The_wounded_of_a_crowd_act_are_its_toll()
    {
        var e = Events("Several people were injured when the two groups threw bottles and flares at each other in Belgrade on Saturday.", "2025-03-16")
            .ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Riots");
    }

    [Fact]
    public void A_car_driven_into_people_is_an_attack_not_their_protest()
    {
        var e = Events("On Friday, a car drove into students blocking a road in Novi Sad, injuring two of them, police said.", "2025-03-16").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Violence against civilians");
    }

    [Fact]
    public void Houses_burned_by_armed_men_are_destruction_and_the_roads_they_block_no_protest()
    {
        Events("Armed men burned houses in Amatenango de la Frontera on Monday.", "2024-07-09").ShouldHaveSingleItem()
            .Codes.AcledSubEventType.ShouldBe("Looting/property destruction");
        Events("Residents said armed men had burned houses and blocked roads in Amatenango de la Frontera on Monday.", "2024-07-09")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Protests" || e.Codes.AcledEventType == "Riots");
        Events("Farmers blocked roads in Amatenango de la Frontera on Monday.", "2024-07-09").ShouldHaveSingleItem()
            .Codes.AcledEventType.ShouldBe("Protests");
    }

    [Fact]
    public void People_who_fled_fighting_did_not_fight()
    {
        var e = Events("More than 580 Mexicans have fled into Guatemala to escape fighting between rival drug cartels in the southern state of Chiapas, officials said on Tuesday.",
            "2024-07-09").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Battles");
        e.Actor1?.Kind.ShouldNotBe(ActorKind.Civilians);
    }

    [Fact]
    public void The_two_groups_named_again_are_the_two_sides_of_their_clash()
    {
        var events = Events("The Sinaloa Cartel and the Jalisco New Generation Cartel have been fighting over smuggling routes in Chiapas for two years. "
                            + "In May, the bodies of 11 people were found in a truck in La Concordia after a clash between the groups.", "2024-07-09");
        var e = events.Single(x => x.Location?.Name == "La Concordia");
        e.Codes.AcledEventType.ShouldBe("Battles");
        new[] { e.Actor1!.Name, e.Actor2!.Name }.Order().ShouldBe(["Jalisco New Generation Cartel", "Sinaloa Cartel"]);
        // With no two groups named before, "the groups" is any crowd.
        Events("Two groups of villagers clashed over land in La Concordia on Monday.", "2024-07-09").ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Riots");
    }

    [Fact]
    public void A_crowd_before_a_clause_of_its_own_did_not_do_what_it_tells()
    {
        Events("The president said on Monday that the families would be able to return home soon and that the clashes were limited to a small area.",
                "2024-07-09")
            .ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Rioters);
    }

    [Fact]
    public void The_state_side_of_the_leads_fight_told_in_detail_places_and_dates_it()
    {
        var e = Events("BAMAKO, Sept 16 (AFP) - Jihadists from the JNIM group attacked a convoy of fuel tankers in western Mali on Sunday, setting dozens of trucks on fire, security sources said.\n\n"
                       + "The convoy, escorted by the army, was ambushed near the town of Kayes. Soldiers fought back for several hours and at least five soldiers were killed, a security source said.",
            "2025-09-16").ShouldHaveSingleItem();
        e.Actor1!.Name.ShouldBe("Jama'at Nusrat al-Islam wal-Muslimin");
        e.Actor2!.Name.ShouldBe("Military Forces of Mali");
        e.Location!.Name.ShouldBe("Kayes");
        e.Date.ShouldBe(DateInterval.Day(Analysis.Day("2025-09-14")));
    }

    [Fact]
    public void Deaths_in_childbirth_are_no_attack()
    {
        Events("Eight women died in childbirth at a public hospital in Agadir in September, sparking anger on social media.", "2025-10-02").ShouldBeEmpty();
    }
}
