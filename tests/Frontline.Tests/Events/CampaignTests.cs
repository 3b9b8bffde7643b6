using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Reports of one campaign told at several places (bombings across a country), of an air strike filed from a
/// neighbour's capital, and of violence around a football match: each place gets its act of the campaign's kind, and
/// hotels, clubs, peoples and dates name no place. Texts written for these tests.</summary>
public class CampaignTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string Bombings =
        "COLOMBO, April 22 (Reuters) - Suicide bombers struck three churches and two hotels in Sri Lanka on Easter Sunday, killing 200 people, "
        + "police said on Monday.\n\n"
        + "The first blasts ripped through St. Anthony's Shrine in Colombo and St. Sebastian's Church in Negombo during morning Mass. A third "
        + "church was hit in the eastern town of Batticaloa. Explosions at the Shangri-La and Kingsbury hotels in Colombo followed.\n\n"
        + "Three police officers were killed when they raided a house in the Colombo suburb of Dematagoda and a suspect detonated explosives.";

    [Fact]
    public void Each_town_of_a_bombing_campaign_has_a_bombing_of_its_kind_on_the_lead_day()
    {
        var bombings = Events(Bombings, "2019-04-22").Where(e => e.Codes.AcledSubEventType == "Suicide bomb").ToList();
        bombings.Select(e => e.Location!.Name).ShouldBe(["Colombo", "Negombo", "Batticaloa"], ignoreOrder: true);
        bombings.ShouldAllBe(e => e.Date == DateInterval.Day(Analysis.Day("2019-04-21")));
    }

    [Fact]
    public void Hotels_are_no_places_and_a_suspect_is_no_police_officer()
    {
        var (_, ann) = Analysis.Annotate(Bombings, "2019-04-22");
        ann.Places.ShouldNotContain(p => p.Surface == "Shangri-La");
        // "the Colombo suburb of Dematagoda" is a place, not the capital acting for its government.
        ann.Actors.ShouldNotContain(a => a.Surface == "Colombo");
        Events(Bombings, "2019-04-22").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Police && e.Codes.AcledEventType != "Strategic developments");
    }

    private const string AirStrike =
        "BANGKOK, April 12 (AP) - A Myanmar military air strike on a village in the central Sagaing region killed at least 100 people, witnesses said "
        + "on Wednesday.\n\n"
        + "A fighter jet dropped bombs on the crowd early on Tuesday. The U.N. human rights office said it was horrified by the attack.";

    [Fact]
    public void A_report_filed_from_a_neighbour_capital_is_about_the_country_it_names_and_horror_at_an_attack_is_no_attack()
    {
        var events = Events(AirStrike, "2023-04-12");
        var strike = events.Single();
        strike.Actor1!.Name.ShouldBe("Military Forces of Myanmar");
        strike.Date.ShouldBe(DateInterval.Day(Analysis.Day("2023-04-11")));
    }

    [Fact]
    public void Clubs_peoples_and_a_dateline_month_are_no_places()
    {
        var (_, ann) = Analysis.Annotate("AMSTERDAM, Nov 8 (Reuters) - Young men beat Maccabi Tel Aviv supporters after the match against Ajax.", "2024-11-08");
        ann.Places.Select(p => p.Surface).ShouldBe(["AMSTERDAM"]);
        (_, ann) = Analysis.Annotate("ACCRA, Nov 26 (Reuters) - At least six people were killed in clashes in the town of Bawku in northeastern Ghana. "
                                     + "Gunmen from the Kusasi and Mamprusi communities exchanged fire on Thursday.", "2022-11-26");
        ann.Places.Select(p => p.Surface).ShouldBe(["ACCRA", "Bawku", "Ghana"]);
    }
    [Fact]
    public void Communal_clashes_are_mob_violence_and_a_sentence_other_day_dates_its_toll()
    {
        var events = Events("NEW DELHI, Aug 1 (Reuters) - Communal clashes broke out in the Nuh district of Haryana state on Monday after a "
                            + "procession was attacked, killing five people, police said.\n\n"
                            + "A mosque was set on fire in Sohna early on Tuesday and its imam was killed, police said.", "2023-08-01");
        events.Single(e => e.Fatalities == 5).Codes.AcledSubEventType.ShouldBe("Mob violence");
        events.Where(e => e.Location?.Name == "Sohna").ShouldAllBe(e => e.Date == DateInterval.Day(Analysis.Day("2023-08-01")));
    }

    [Fact]
    public void A_candidate_shot_at_a_campaign_rally_held_no_protest()
    {
        var events = Events("Ecuador presidential candidate shot dead at campaign rally\n\n"
                            + "QUITO, Aug 10 (Reuters) - Presidential candidate Fernando Villavicencio was shot dead as he left a campaign rally in "
                            + "Quito on Wednesday evening, authorities said.", "2023-08-10");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
        events.ShouldContain(e => e.Codes.AcledEventType == "Violence against civilians" && e.Location!.Name == "Quito");
        Analysis.Annotate("Presidential candidate Fernando Villavicencio was shot dead in Quito.", "2023-08-10").Ann.Places
            .ShouldNotContain(p => p.Surface == "Villavicencio");
    }
    [Fact]
    public void A_city_spelled_with_a_doubled_letter_is_read_and_what_a_crowd_chants_is_no_scene()
    {
        var events = Events("BAGHDAD, Nov 28 (Reuters) - Iraqi security forces shot dead at least 25 protesters in the southern city of Nassiriya on "
                            + "Thursday, hours after demonstrators set fire to the Iranian consulate in Najaf.\n\n"
                            + "In Najaf, protesters stormed and burned the consulate late on Wednesday, chanting \"Out, out Iran!\"", "2019-11-28");
        events.Single(e => e.Fatalities == 25).Location!.Name.ShouldBe("Nasiriyah");
        var najaf = events.Single(e => e.Location!.Name == "Najaf");
        najaf.Codes.AcledSubEventType.ShouldBe("Violent demonstration");
        najaf.Date.ShouldBe(DateInterval.Day(Analysis.Day("2019-11-27")));
        events.ShouldAllBe(e => e.Location!.CountryIso2 == "IQ");
    }

    [Fact]
    public void A_report_naming_no_town_but_its_dateline_happened_there_and_attackers_came_from_elsewhere()
    {
        Events("WASHINGTON, Jan 7 (Reuters) - Thousands of supporters of President Donald Trump stormed the U.S. Capitol on Wednesday.\n\n"
               + "Rioters smashed windows and ransacked offices, and clashed with police officers.", "2021-01-07")
            .ShouldAllBe(e => e.Location!.Name == "Washington");
        Events("TEL AVIV, Oct 1 (Reuters) - Two gunmen opened fire on people at a light rail station in the Jaffa district of Tel Aviv on Tuesday, "
               + "killing seven people. The attackers, who came from the city of Hebron, were shot dead by a security guard.", "2024-10-01")
            .ShouldAllBe(e => e.Location!.Name != "Hebron");
    }

    private const string Barrage =
        "KYIV, Jan 3 (Reuters) - On Tuesday, Russia fired 90 missiles and dozens of drones at cities across Ukraine, killing at least 20 civilians, "
        + "officials said. In Kharkiv, a strike on a depot killed nine people, and a school in Odesa was hit.";

    [Fact]
    public void A_country_wide_barrage_and_the_acts_at_its_towns_are_apart_and_by_its_author()
    {
        var events = Events(Barrage, "2023-01-04");
        var barrage = events.Single(e => e.Fatalities == 20);
        barrage.Location!.Precision.ShouldBe(PlacePrecision.Country);
        barrage.Location.CountryIso2.ShouldBe("UA");
        var kharkiv = events.Single(e => e.Location?.Name == "Kharkiv");
        kharkiv.Fatalities.ShouldBe(9);
        kharkiv.Actor1!.Name.ShouldContain("Russia");
        // The school hit beside the killing is an act of its own, without the depot's dead.
        var odesa = events.Single(e => e.Location?.Name == "Odesa");
        odesa.Fatalities.ShouldBeNull();
        odesa.Actor1!.Name.ShouldContain("Russia");
    }

    [Fact]
    public void A_force_of_no_named_country_struck_abroad_is_the_places()
    {
        var strike = Events("MOSCOW, Dec 30 (Reuters) - Russia said on Saturday it had struck military targets in Kharkiv.", "2023-12-30")
            .Single(e => e.Location?.Name == "Kharkiv");
        strike.Actor2!.Name.ShouldBe("Military Forces of Ukraine");
    }
}
