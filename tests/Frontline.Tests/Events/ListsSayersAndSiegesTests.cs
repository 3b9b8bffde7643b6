using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Towns told in a list that ends in "other cities", a toll over a whole country, a sayer behind a title, the
/// blamed, civilians who shoot, a ruler's fall, the militants killed after their attack, troops evacuating civilians and
/// a strike after a clash. Texts written for these tests.</summary>
public class ListsSayersAndSiegesTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private static bool Protest(Event e) => e.Codes.AcledEventType is "Protests" or "Riots";

    [Fact]
    public void A_toll_told_across_the_country_is_not_the_toll_of_one_town()
    {
        var events = Events("ABUJA, Aug 1 - Protesters looted shops in Kano on Thursday and police fired tear gas to disperse them.\n\n"
                            + "A rights group said at least nine protesters were killed across Nigeria on Thursday.", "2024-08-01");
        events.ShouldContain(e => e.Fatalities == 9 && e.Location!.Precision == PlacePrecision.Country);
        events.Where(e => e.Location?.Name == "Kano").ShouldAllBe(e => e.Fatalities == null);
    }

    [Fact]
    public void A_list_of_towns_that_ends_in_other_cities_names_towns()
    {
        var (_, ann) = Analysis.Annotate("Crowds marched in Kano, Abuja, Lagos and other cities on Thursday.", "2024-08-01");
        ann.Places.Single(p => p.Surface == "Lagos").Place.Precision.ShouldBe(PlacePrecision.Place);
        // A list of provinces stays one of provinces.
        var (_, states) = Analysis.Annotate("Cases were reported in Ohio, Oregon, Utah, Washington and Wisconsin.", "2024-08-01");
        states.Places.Single(p => p.Surface == "Washington").Place.Precision.ShouldBe(PlacePrecision.Admin1);
    }

    [Fact]
    public void A_town_in_a_list_that_ends_in_other_cities_joins_the_riot_told_there()
    {
        var events = Events("KANO, Aug 1 - Police fired tear gas at protesters who looted shops in Kano on Thursday.\n\n"
                            + "Thousands of mostly young people marched in Kano, Abuja, Lagos and other cities.", "2024-08-01");
        events.Count(e => Protest(e) && e.Location?.Name == "Kano").ShouldBe(1);
        events.ShouldContain(e => Protest(e) && e.Location!.Name == "Lagos");
    }

    [Fact]
    public void People_counted_past_an_adverb_are_people()
    {
        Events("Thousands of mostly young people protested in Lagos on Thursday.", "2024-08-01")
            .Single(Protest).Quantity!.Unit.ShouldBe("people");
    }

    [Fact]
    public void A_small_town_abroad_read_by_another_of_its_names_is_no_reading_once_the_text_names_its_country()
    {
        // "Nawa" is also a name of Naha, a city of 300,000 in Japan; Japan then must not make Koya a Japanese village.
        var (_, ann) = Analysis.Annotate("Strikes hit the village of Koya in Syria's Daraa province. Residents of Koya fled toward the nearby town of Nawa.",
            "2025-03-25");
        ann.Places.ShouldAllBe(p => p.Place.CountryIso2 == "SY");
    }

    [Fact]
    public void Troops_evacuating_civilians_give_up_no_place()
    {
        Events("Troops evacuated hundreds of students and teachers from the college in Wana on Monday.", "2025-11-11")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Strategic developments" && e.Codes.AcledSubEventType == "Non-violent transfer of territory");
    }

    [Fact]
    public void An_explosives_laden_vehicle_is_a_bomb()
    {
        Analysis.FirstSubType("Militants rammed an explosives-laden vehicle into the gate of a police station in Bannu on Monday, wounding three people.",
                "2025-11-11")
            .ShouldBe("Remote explosive/landmine/IED");
    }

    [Fact]
    public void A_sayer_behind_a_name_and_title_is_not_who_struck()
    {
        Events("KYIV, Jan 31 - Oleh Kiper, the governor of the Odesa region, said debris from downed drones and direct hits had started fires in Odesa.",
                "2025-01-31")
            .ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Government of Ukraine");
    }

    [Fact]
    public void The_blamed_is_no_accuser_and_Shining_Path_is_a_named_group()
    {
        var events = Events("LIMA, Sept 14 - Rebels of the Shining Path ambushed an army patrol near Pichari on Saturday, killing four soldiers.\n\n"
                            + "It blamed the Militarized Communist Party of Peru for the attack.", "2024-09-14");
        events.ShouldContain(e => e.Codes.AcledEventType == "Battles" && e.Actor1!.Name == "Militarized Communist Party of Peru");
        events.ShouldNotContain(e => e.Codes.AcledEventType == null && e.Actor1 != null && e.Actor1.Name == "Militarized Communist Party of Peru");
    }

    [Fact]
    public void Residents_who_fire_on_troops_are_armed_men_not_rioters()
    {
        var events = Events("Local residents fired on Israeli troops advancing near the village of Jamlah in Syria's Daraa province on Tuesday.", "2025-03-25");
        events.ShouldContain(e => e.Actor1 != null && e.Actor1.Name == "Unidentified Armed Group (Syria)");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Riots");
    }

    [Fact]
    public void A_rulers_fall_takes_no_place()
    {
        Events("DAMASCUS, March 25 - Israeli strikes killed six people in Syria's Daraa province on Tuesday.\n\n"
               + "Israeli forces have moved into a U.N.-patrolled buffer zone and beyond it since the fall of Bashar al-Assad in December, and have "
               + "repeatedly struck military sites across the country.", "2025-03-25")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory" || e.Codes.AcledSubEventType == "Government regains territory");
    }

    [Fact]
    public void Militants_killed_after_the_attack_they_are_told_by_fought_the_killers()
    {
        var clash = Events("Pakistani troops on Tuesday killed the last of the militants who attacked a checkpoint in Wana.", "2025-11-11")
            .Single(Analysis.Violent);
        clash.Codes.AcledSubEventType.ShouldBe("Armed clash");
        clash.Actor1!.Name.ShouldBe("Military Forces of Pakistan");
    }

    [Fact]
    public void A_strike_after_a_clash_is_a_strike()
    {
        Analysis.FirstSubType("Israeli strikes killed six people in the village of Jamlah in Syria's Daraa province on Tuesday after a clash with residents.",
                "2025-03-25")
            .ShouldBe("Air/drone strike");
    }
}
