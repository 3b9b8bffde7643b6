using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Where and to whom a report's acts happened when the text names them around the act: a town by the city it
/// lies on the edge of, a headline's city, a nationality before "city of", a clause's subject after a comma, an
/// apposition before a passive; and what is no act (a state of control, an act named to date another). Texts written
/// for these tests.</summary>
public class SceneAndSideTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string ConcertHall =
        "Gunmen kill 60 at concert hall near Moscow\n\n"
        + "MOSCOW, March 23 (Reuters) - Gunmen burst into a concert venue in Krasnogorsk, on the western edge of Moscow, on Friday evening "
        + "and opened fire on the audience, killing at least 60 people, investigators said.\n\n"
        + "Four suspected gunmen were detained in the Bryansk region hours after the attack.";

    [Fact]
    public void A_town_on_the_edge_of_a_city_is_the_scene_and_the_headline_city_the_same_one()
    {
        var events = Events(ConcertHall, "2024-03-23");
        var attack = events.Single(e => e.Codes.AcledEventType == "Violence against civilians");
        attack.Location!.Name.ShouldBe("Krasnogorsk");
        attack.Fatalities.ShouldBe(60);
        // "hours after the attack" names the attack to date the arrests: no second attack in Bryansk.
        events.Count(e => e.Codes.AcledEventType == "Violence against civilians").ShouldBe(1);
    }

    [Fact]
    public void An_arrest_no_one_is_named_for_is_the_police_of_its_country()
    {
        var arrest = Events(ConcertHall, "2024-03-23").Single(e => e.Codes.AcledSubEventType == "Arrests");
        arrest.Actor1!.Name.ShouldBe("Police Forces of Russia");
    }

    [Fact]
    public void A_nationality_before_city_of_and_a_country_opening_the_next_clause()
    {
        var (_, ann) = Analysis.Annotate("KYIV, Dec 21 - Russian forces have captured the village of Novotroitske near the eastern Ukrainian city of "
                                         + "Pokrovsk, Russia said on Saturday.", "2024-12-21");
        ann.Places.Single(p => p.Surface == "Pokrovsk").Place.CountryIso2.ShouldBe("UA");
    }

    [Fact]
    public void A_village_read_far_from_the_city_it_lies_by_is_placed_at_that_city_unless_the_distance_is_told()
    {
        Events("KYIV, Dec 21 - Russian forces have captured the village of Novotroitske near the eastern Ukrainian city of Pokrovsk, Russia said on Saturday.",
                "2024-12-21")
            .Single(e => e.Codes.AcledEventType == "Battles").Location!.Name.ShouldBe("Pokrovsk");
        Events("KYIV, April 13 (Reuters) - Russian drones hit the town of Konotop, about 120 km west of Sumy, on Sunday, injuring three people.", "2025-04-13")
            .Single(e => e.Codes.AcledEventType == "Explosions/Remote violence").Location!.Name.ShouldBe("Konotop");
    }

    [Fact]
    public void Who_controls_a_share_of_a_country_tells_no_capture()
    {
        Events("KYIV, Dec 21 - Russia controls about a fifth of Ukraine's territory, officials said.", "2024-12-21")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    private const string Embassy =
        "NIAMEY, July 30 (Reuters) - Thousands of supporters of the junta rallied in Niamey on Sunday, and some of them tried to storm the French "
        + "embassy, setting fire to a door.\n\n"
        + "The demonstrators, many waving flags, marched to the embassy chanting slogans against France.\n\n"
        + "Members of the presidential guard detained President Mohamed Bazoum on Wednesday.";

    [Fact]
    public void A_crowd_that_tried_to_storm_and_set_fire_rioted_and_what_it_chanted_against_is_no_place()
    {
        var events = Events(Embassy, "2023-07-30");
        var riot = events.Single(e => e.Codes.AcledEventType is "Riots" or "Protests");
        riot.Codes.AcledSubEventType.ShouldBe("Violent demonstration");
        riot.Location!.Name.ShouldBe("Niamey");
        events.ShouldAllBe(e => e.Location == null || e.Location.CountryIso2 != "FR");
        events.Single(e => e.Codes.AcledSubEventType == "Arrests").Actor1!.Name.ShouldBe("Military Forces of Niger");
    }

    private const string Governor =
        "Governor of West Darfur killed after accusing RSF\n\n"
        + "KHARTOUM, June 15 (Reuters) - The governor of Sudan's West Darfur state, Khamis Abakar, was abducted and killed in El Geneina on "
        + "Wednesday.\n\n"
        + "Residents said RSF fighters have attacked districts of El Geneina for weeks, killing hundreds of people.";

    [Fact]
    public void A_governor_abducted_and_killed_is_the_victim_of_one_killing_apart_from_a_campaign()
    {
        var events = Events(Governor, "2023-06-15");
        var killing = events.Single(e => e.Date == DateInterval.Day(Analysis.Day("2023-06-14")));
        killing.Actor2!.Name.ShouldBe("Government of Sudan");
        killing.Fatalities.ShouldBe(1);
        killing.Codes.AcledSubEventType.ShouldBe("Attack");
        // The headline's "Governor ... killed" has the governor killed, not killing.
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Government of Sudan" && e.Codes.AcledEventType == "Violence against civilians");
        events.ShouldContain(e => e.Actor1 != null && e.Actor1.Name == "Rapid Support Forces" && e.Fatalities >= 100);
    }

    [Fact]
    public void Who_arrived_and_arrested_made_the_arrest()
    {
        Events("GUAYAQUIL, Ecuador, Jan 10 (AP) - Gunmen killed two prison guards in Guayaquil on Monday, and soldiers arrived and arrested 13 of the "
               + "attackers on Tuesday.", "2024-01-10")
            .Single(e => e.Codes.AcledSubEventType == "Arrests").Actor1!.Name.ShouldBe("Military Forces of Ecuador");
    }
}
