using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>What a report tells after its lead: the crowd that stormed and the police who pushed it back, the shelling
/// that went on the next day, the toll of a dispersal, the detail that names the tactic the lead only named the kind of;
/// and the words that name no event or place (a purpose, a ceremony, a commander's surname). Texts written for these tests.</summary>
public class FollowUpTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string Storming =
        "BAGHDAD, July 20 (Reuters) - Hundreds of supporters of Iraqi Shi'ite cleric Moqtada al-Sadr stormed the Danish embassy in central Baghdad "
        + "on Thursday and set fire to a guard post, in protest at a planned book burning in Copenhagen.\n\n"
        + "Embassy staff were safe, Denmark's foreign ministry said.\n\n"
        + "Riot police later used water cannon to push the crowd back from the compound.";

    [Fact]
    public void Followers_of_a_described_leader_are_the_crowd_and_their_purpose_no_second_protest()
    {
        var events = Events(Storming, "2023-07-20");
        var riot = events.Single(e => e.Codes.AcledEventType == "Riots");
        riot.Actor1!.Name.ShouldBe("Rioters (Iraq)");
        riot.Location!.Name.ShouldBe("Baghdad");
        riot.Location.Precision.ShouldBe(PlacePrecision.Place);
        events.ShouldAllBe(e => e.Location == null || e.Location.Name != "Copenhagen");
        // The police pushing "the crowd" back, a paragraph later, is the riot's intervention, not a protest of its own.
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void A_lead_naming_a_town_abroad_still_places_later_acts_in_its_own_country_town()
    {
        var events = Events(Storming.Replace("Riot police later used water cannon to push the crowd back from the compound.",
            "Gunmen later opened fire on a police patrol, killing two officers."), "2023-07-20");
        events.Single(e => e.Fatalities == 2).Location!.Name.ShouldBe("Baghdad");
    }

    [Fact]
    public void The_centre_of_a_city_of_millions_is_the_city_and_that_of_a_small_one_the_province()
    {
        var (_, ann) = Analysis.Annotate("Protesters gathered in central Baghdad and in central Idlib on Friday.", "2023-07-21");
        ann.Places.Single(p => p.Surface == "Baghdad").Place.Precision.ShouldBe(PlacePrecision.Place);
        ann.Places.Single(p => p.Surface == "Idlib").Place.Precision.ShouldBe(PlacePrecision.Admin1);
    }

    private const string Shelling =
        "BEIRUT, Oct 6 (Reuters) - A drone attack on a military academy in Homs killed 40 people on Thursday, the health ministry said.\n\n"
        + "Hours later, government forces shelled towns in rebel-held Idlib province, killing at least 11 civilians in Darat Izza, rescuers said. "
        + "The shelling continued on Friday, hitting a market in Ariha.";

    [Fact]
    public void Shelling_hours_later_is_on_that_day_at_the_toll_town_and_its_next_day_is_another_event()
    {
        var shelling = Events(Shelling, "2023-10-06").Where(e => e.Codes.AcledSubEventType == "Shelling/artillery/missile attack").ToList();
        shelling.Count.ShouldBe(2);
        var thursday = shelling.Single(e => e.Fatalities == 11);
        thursday.Date.ShouldBe(DateInterval.Day(Analysis.Day("2023-10-05")));
        thursday.Location!.Precision.ShouldBe(PlacePrecision.Place);
        thursday.Location.Name.ShouldNotBe("Arīḩā");
        // Who holds the province is not who was shelled when the sentence names the civilians killed.
        thursday.Actor2!.Kind.ShouldBe(ActorKind.Civilians);
        shelling.Single(e => e != thursday).Date.ShouldBe(DateInterval.Day(Analysis.Day("2023-10-06")));
    }

    [Fact]
    public void Families_gathered_at_a_ceremony_are_no_protest()
    {
        Events("Drones struck the courtyard as families gathered after the graduation ceremony in Homs on Thursday, wounding 27 people.", "2023-10-06")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    private const string Memorial =
        "Islamic State claims twin blasts at Soleimani memorial\n\n"
        + "DUBAI, Jan 4 (Reuters) - Islamic State claimed responsibility on Thursday for two explosions that killed 84 people at a ceremony in "
        + "the Iranian city of Kerman marking the anniversary of the killing of top commander Qassem Soleimani.\n\n"
        + "Two of its members detonated explosive belts among the crowd near Soleimani's grave on Wednesday, the group said.";

    [Fact]
    public void A_detail_names_the_tactic_of_the_blasts_the_lead_claimed_on_another_day()
    {
        var bombing = Events(Memorial, "2024-01-04").Single(e => e.Codes.AcledEventType == "Explosions/Remote violence");
        bombing.Codes.AcledSubEventType.ShouldBe("Suicide bomb");
        bombing.Date.ShouldBe(DateInterval.Day(Analysis.Day("2024-01-03")));
        bombing.Location!.Name.ShouldBe("Kerman");
        bombing.Fatalities.ShouldBe(84);
    }

    [Fact]
    public void A_commander_surname_is_no_place_and_a_first_name_no_one_else()
    {
        var (_, ann) = Analysis.Annotate(Memorial, "2024-01-04");
        ann.Places.ShouldNotContain(p => p.Surface == "Soleimani");
        // "Qassem" of "Qassem Soleimani" is not the Naim Qassem of the catalogue.
        ann.Actors.ShouldNotContain(a => a.Surface == "Qassem");
    }

    private const string Pamir =
        "DUSHANBE, May 18 (Reuters) - Security forces launched an operation in the Gorno-Badakhshan region on Wednesday, after protesters blocked "
        + "the main highway to the regional capital Khorog.\n\n"
        + "The protests began on Monday when hundreds of people gathered in the central square of Khorog over the death of a man in custody last year. "
        + "Police dispersed the rally with tear gas and rubber bullets, and one protester was killed, residents said.";

    [Fact]
    public void A_dispersed_rally_keeps_its_dead_after_a_sentence_that_names_a_past_year()
    {
        var rally = Events(Pamir, "2022-05-18").Single(e => e.Codes.AcledEventType == "Protests");
        rally.Codes.AcledSubEventType.ShouldBe("Excessive force against protesters");
        rally.Fatalities.ShouldBe(1);
        rally.Date.ShouldBe(DateInterval.Day(Analysis.Day("2022-05-16")));
        rally.Location!.Name.ShouldBe("Khorugh");
    }

    [Fact]
    public void What_an_after_clause_tells_is_not_dated_by_the_main_clause()
    {
        Events("DUSHANBE, May 18 (Reuters) - Security forces launched an operation on Wednesday, after protesters blocked the main highway in Rushan.", "2022-05-18")
            .Single(e => e.Codes.AcledEventType == "Protests").Date.ShouldNotBe(DateInterval.Day(Analysis.Day("2022-05-18")));
    }
}
