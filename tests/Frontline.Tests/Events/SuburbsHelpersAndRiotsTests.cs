using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A capital's name inside a province's, helpers named with their adjectives, a typed dateline dash, names
/// written in parts, a town's suburb, the killing before an "after" clause, a vehicle stopped, a share of a city held,
/// the one air striker of a report, a crowd that attacks police, what a sayer reports and a headline's passive. Texts
/// written for these tests.</summary>
public class SuburbsHelpersAndRiotsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_capital_inside_a_provinces_name_is_no_government()
    {
        var (_, ann) = Analysis.Annotate("Troops took control of the village of Bula Haji in Lower Juba region on Sunday.", "2025-05-18");
        ann.Actors.ShouldNotContain(a => a.Actor != null && a.Actor.Name == "South Sudan");
    }

    [Fact]
    public void Helpers_named_with_their_adjectives_are_no_subject()
    {
        var takeover = Events("Somali army troops backed by local militia fighters took control of the village of Bula Haji in Lower Juba region on Sunday "
                              + "after al Shabaab fighters withdrew.", "2025-05-18")
            .Single(e => e.Codes.AcledEventType == "Battles");
        takeover.Actor1!.Name.ShouldBe("Military Forces of Somalia");
        takeover.Codes.AcledSubEventType.ShouldBe("Government regains territory");
    }

    [Fact]
    public void A_typed_double_hyphen_closes_a_dateline()
    {
        Events("MOGADISHU, May 18 (Frontline) -- Al Shabaab militants fired mortar shells at the airport in Kismayo on Saturday night, killing two "
               + "civilians, officials said on Sunday.", "2025-05-18")
            .Single(Analysis.Violent).Date.ShouldBe(DateInterval.Day(Analysis.Day("2025-05-17")));
    }

    [Fact]
    public void A_name_written_in_parts_is_the_gazetteers_name_written_as_one()
    {
        // (With no country named to lift a reading by sound.)
        var (_, ann) = Analysis.Annotate("Gangs attacked Petion-Ville on Monday.", "2024-11-19");
        ann.Places.Single(p => p.Surface == "Petion-Ville").Place.CountryIso2.ShouldBe("HT");
    }

    [Fact]
    public void The_suburb_of_a_city_is_where_it_happened_and_the_killers_before_an_after_clause_are_the_side()
    {
        var fight = Events("Haitian police and armed residents killed 28 suspected gang members in the Port-au-Prince suburb of Petion-Ville early on "
                           + "Tuesday after gangs tried to attack the district.", "2024-11-19")
            .Single(Analysis.Violent);
        fight.Location!.Name.ShouldBe("Pétionville");
        fight.Actor1!.Name.ShouldBe("Police Forces of Haiti");
        fight.Fatalities.ShouldBe(28);
    }

    [Fact]
    public void Of_residents_and_police_acting_together_the_police_are_the_side()
    {
        Events("Residents and police killed 28 gang members in Petion-Ville on Tuesday.", "2024-11-19")
            .Single(Analysis.Violent).Actor1!.Name.ShouldBe("Police Forces of Haiti");
    }

    [Fact]
    public void A_truck_intercepted_is_no_weapon_seized_nor_its_passengers_arrested()
    {
        Events("Officers intercepted a truck carrying gang members on the main road in Petion-Ville on Tuesday.", "2024-11-19")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Disrupted weapons use" || e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void A_share_of_a_city_held_now_is_no_takeover()
    {
        Events("Gangs now control about 85 percent of Port-au-Prince, according to U.N. estimates.", "2024-11-19")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    [Fact]
    public void A_strike_told_with_no_author_is_the_reports_one_striker()
    {
        var events = Events("BEIRUT, Sept 22 - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed five people on Sunday.\n\n"
                            + "Separately, a drone strike on a house in the village of Yater killed a man on Monday morning, the state news agency reported.",
            "2025-09-22");
        var second = events.Single(e => e.Fatalities == 1);
        second.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
        second.Actor1!.Name.ShouldBe("Military Forces of Israel");
    }

    [Fact]
    public void A_crowd_that_attacks_police_and_burns_their_van_riots()
    {
        var riot = Events("A crowd attacked police officers and set a police van on fire in Dublin on Tuesday night.", "2025-10-22")
            .Single(e => e.Codes.AcledEventType == "Riots");
        riot.Codes.AcledSubEventType.ShouldBe("Violent demonstration");
        riot.Actor1!.Name.ShouldBe("Rioters (Ireland)");
    }

    [Fact]
    public void Neither_a_sayer_nor_a_headlines_victims_threw_the_bottles()
    {
        Events("Police said fireworks, bottles and rocks were thrown at officers in Saggart on Tuesday.", "2025-10-22")
            .ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Police Forces of Ireland");
        Events("Police attacked, van set alight in riot outside Dublin asylum centre\n\nDUBLIN, Oct 22 - The centre houses asylum seekers.", "2025-10-22")
            .ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Police Forces of Ireland");
    }
}
