using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Counts joined by a hyphen to what they describe, a place of what an act is linked to, a district named like a
/// province, acts measured against the lead's, a crowd pointed back at, air defences in a state's statement, a country that
/// acts after "said", the two sides of a fight that agree, a count a participle's toll follows. Texts written for these
/// tests.</summary>
public class CompoundsLinksAndSidesTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_count_joined_by_a_hyphen_to_a_noun_describes_a_building_and_is_no_toll()
    {
        const string text = "KYIV, March 3 (Reuters) - A Russian drone hit a nine-storey building in Sumy, killing two people and injuring 11.";
        Events(text, "2025-03-03").Single().Fatalities.ShouldBe(2);
    }

    [Fact]
    public void A_count_of_places_described_by_a_hyphenated_word_is_no_toll()
    {
        const string text = "BEIRUT, April 2 (Reuters) - Gunmen and soldiers fought in two Sunni-majority districts of Tripoli on Tuesday, "
                            + "killing a soldier, the army said.";
        Events(text, "2024-04-02").Single().Fatalities.ShouldBe(1);
    }

    [Fact]
    public void A_car_explosion_is_a_bomb_and_a_capitalized_car_is_no_country()
    {
        const string text = "Car explosion near Lahore market kills six\n\n"
                            + "LAHORE, Pakistan, May 5 (Reuters) - A car exploded near a crowded market in the eastern city of Lahore on Sunday, "
                            + "killing six people, police said.";
        var blast = Events(text, "2024-05-05").Single();
        blast.Codes.AcledSubEventType.ShouldBe("Remote explosive/landmine/IED");
        blast.Location!.CountryIso2.ShouldBe("PK");
    }

    [Fact]
    public void Where_what_an_act_is_linked_to_happened_is_not_where_the_act_did()
    {
        const string text = "LAHORE, Pakistan, May 5 (Reuters) - A car exploded near a crowded market in Lahore on Sunday, killing six people, "
                            + "police said.\n\n"
                            + "Police said they were examining whether the blast was linked to the arrest of three men in the northwestern "
                            + "city of Peshawar last week.";
        var blast = Events(text, "2024-05-05").ShouldHaveSingleItem();
        blast.Location!.Name.ShouldBe("Lahore");
    }

    [Fact]
    public void A_province_name_before_local_government_area_names_the_district()
    {
        const string text = "ILORIN, Nigeria, Jan 9 (Reuters) - Gunmen killed four farmers in Ekiti local government area of Kwara state on "
                            + "Wednesday, police said.";
        var attack = Events(text, "2025-01-09").Single();
        attack.Location!.Precision.ShouldBe(PlacePrecision.Admin2);
        attack.Location.Admin1.ShouldBe("Kwara");
    }

    [Fact]
    public void Smaller_marches_told_after_the_lead_are_on_the_leads_day()
    {
        const string text = "LIMA, June 8 (Reuters) - Thousands of people marched through Lima on Saturday against a pension reform, police said.\n\n"
                            + "Organisers said the reform would hurt the poorest workers.\n\n"
                            + "Smaller, peaceful marches were held in Arequipa and Cusco.";
        var arequipa = Events(text, "2024-06-09").Single(e => e.Location?.Name == "Arequipa");
        arequipa.Date.Start.ShouldBe(new DateOnly(2024, 6, 8));
        arequipa.Date.End.ShouldBe(new DateOnly(2024, 6, 8));
    }

    [Fact]
    public void The_march_pointed_back_at_after_its_riot_is_no_protest_of_its_own()
    {
        const string text = "LIMA, June 9 (Reuters) - Masked protesters threw stones at police outside Congress in Lima on Saturday, and officers "
                            + "fired tear gas to disperse them.\n\n"
                            + "Thousands had marched from the city centre to protest against corruption, organisers said.\n\n"
                            + "Police arrested 12 people, the interior ministry said.\n\n"
                            + "The interior minister said on Friday that the march had been organised by opposition parties.";
        Events(text, "2024-06-09").Count(e => e.Codes.AcledEventType is "Protests" or "Riots").ShouldBe(1);
    }

    [Fact]
    public void A_killing_a_crowd_protests_against_is_not_the_crowds_and_the_victims_office_is_not_where_it_marched()
    {
        const string text = "LIMA, June 9 (Reuters) - Dozens of police officers were injured in Lima on Saturday when hooded protesters tore down "
                            + "barriers outside Congress, police said.\n\n"
                            + "Thousands of people marched to the Plaza San Martin to protest against the killing of Juan Perez, the mayor of "
                            + "Arequipa, who was shot dead on May 20.";
        var events = Events(text, "2024-06-09");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Arequipa" && e.Codes.AcledEventType == "Protests");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Civilians);
        events.ShouldNotContain(e => e.Fatalities > 100);
    }

    [Fact]
    public void Air_defences_told_of_in_a_states_statement_are_its_own()
    {
        const string text = "KYIV, Jan 4 (Reuters) - A drone hit a warehouse in Odesa overnight, the governor said.\n\n"
                            + "Ukraine's air force said Russia launched 60 drones at the country overnight and that air defences shot down 41 "
                            + "of them.";
        var downed = Events(text, "2025-01-04").Single(e => e.Codes.AcledSubEventType == "Disrupted weapons use");
        downed.Actor1!.Name.ShouldBe("Military Forces of Ukraine");
    }

    [Fact]
    public void A_country_that_acts_right_after_said_is_no_scene()
    {
        const string text = "KYIV, Jan 4 (Reuters) - Ukraine's air force said Russia launched 60 drones at the country overnight.";
        Events(text, "2025-01-04").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "RU");
    }

    [Fact]
    public void The_two_sides_that_agree_a_ceasefire_are_the_sides_of_the_fight()
    {
        const string text = "KHARTOUM, May 14 (Reuters) - Sudan's army and the Rapid Support Forces fought in Omdurman on Monday night before "
                            + "the two sides agreed a ceasefire on Tuesday, residents said.";
        var truce = Events(text, "2025-05-14").Single(e => e.Codes.AcledSubEventType == "Agreement");
        new[] { truce.Actor1?.Name, truce.Actor2?.Name }.ShouldBe(["Rapid Support Forces", "Military Forces of Sudan"], ignoreOrder: true);
    }

    [Fact]
    public void A_crowd_counted_before_a_participle_of_killing_is_not_its_toll()
    {
        const string text = "MANAMA, March 16 (Reuters) - Riot police fired tear gas to clear thousands of protesters from a square in the "
                            + "capital on Wednesday, killing at least two people, the opposition said.";
        Events(text, "2011-03-16").ShouldContain(e => e.Fatalities == 2);
        Events(text, "2011-03-16").ShouldNotContain(e => e.Fatalities > 100);
    }
}
