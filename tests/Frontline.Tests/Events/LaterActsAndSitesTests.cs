using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>An act told "an hour later", rebel soldiers, one named person killed, a passive's far agent, an attack named
/// by its month, bombs counted, a site's name that only sounds like a town, a town a country's possessive opens, a raid
/// that found explosives, a threat level, a protest that began weeks before, and a death told after a protest met with
/// force. Texts written for these tests.</summary>
public class LaterActsAndSitesTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void An_act_told_an_hour_later_is_another()
    {
        const string text = "KABUL, May 3 (Reuters) - Gunmen attacked the home of a provincial governor in Kabul on Monday, killing two guards.\n\n"
                            + "About an hour later, gunmen opened fire on the convoy of the interior minister in Kabul.";
        Events(text, "2023-05-03").Count(e => e.Codes.AcledEventType is "Battles" or "Violence against civilians").ShouldBe(2);
    }

    [Fact]
    public void Rebel_soldiers_are_rebels_and_a_passives_agent_may_stand_past_its_place_and_day()
    {
        const string text = "The governor was shot and wounded at his office in Bunia on Monday by rebel soldiers.";
        var attack = Events(text, "2023-05-03").Single();
        attack.Actor1!.Kind.ShouldBe(ActorKind.Rebel);
    }

    [Fact]
    public void One_named_person_killed_is_one_dead()
    {
        const string text = "Rebel commander Juma Kenyatta was killed in a gunfight with soldiers near Bunia on Monday.";
        Events(text, "2023-05-03").Single().Fatalities.ShouldBe(1);
    }

    [Fact]
    public void Attacks_named_by_their_month_are_background_and_their_toll_is_no_arrests()
    {
        const string text = "MADRID, March 20 (Reuters) - Police in Madrid arrested a man on Friday suspected of planning the March attacks "
                            + "in Madrid that killed 191 people.";
        var events = Events(text, "2023-03-20");
        events.ShouldNotContain(e => e.Fatalities > 0);
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void Bombs_counted_are_bombs_not_air_strikes()
    {
        const string text = "Two bombs exploded at a market in Kano on Tuesday, killing nine people.";
        Events(text, "2023-05-03").Single().Codes.AcledSubEventType.ShouldNotBe("Air/drone strike");
    }

    [Fact]
    public void A_stations_name_that_only_sounds_like_a_town_is_no_town()
    {
        const string text = "BRUSSELS, March 22 (Reuters) - A bomb ripped through a metro train at Maelbeek station in Brussels on Tuesday. "
                            + "The explosion at Maelbeek killed around 20 people.";
        var (_, ann) = Analysis.Annotate(text, "2016-03-22");
        ann.Places.ShouldNotContain(p => p.Place.Name == "Meulebeke");
    }

    [Fact]
    public void A_countrys_possessive_opening_the_town_it_owns_places_the_act_in_the_town()
    {
        const string text = "Police fired tear gas at protesters who hurled rocks and bottles and set tyres on fire in Serbia's old royal "
                            + "capital of Kragujevac on Sunday.";
        Events(text, "2021-09-05").ShouldAllBe(e => e.Location!.Name == "Kragujevac");
    }

    [Fact]
    public void A_police_raid_that_found_explosives_is_no_battle()
    {
        const string text = "Police raided a house in Molenbeek on Wednesday, where they found explosives and detonators.";
        var events = Events(text, "2016-03-23");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Disrupted weapons use");
    }

    [Fact]
    public void A_threat_level_raised_is_no_threat()
    {
        Events("Belgium raised its threat level to the maximum on Tuesday.", "2016-03-22").ShouldNotContain(e => e.Codes.PloverType == "THREATEN");
    }

    [Fact]
    public void Protests_that_began_weeks_before_the_report_are_its_background()
    {
        const string text = "OTTAWA, Feb 19 (Reuters) - Police cleared protesters from downtown Ottawa on Saturday.\n\n"
                            + "The protests began in late January as a convoy against vaccine mandates and grew into a broader "
                            + "demonstration against the government.";
        Events(text, "2022-02-19").ShouldNotContain(e => e.Date.End < Analysis.Day("2022-02-12"));
    }

    [Fact]
    public void A_death_told_the_paragraph_after_a_protest_met_with_lethal_force_is_its_toll()
    {
        const string text = "FREETOWN, Aug 10 (Reuters) - Police fired live rounds to disperse hundreds of traders protesting against market "
                            + "closures in Freetown on Monday, witnesses said.\n\n"
                            + "A 17-year-old student was hit in the chest and taken to hospital, where he later died.";
        var protest = Events(text, "2023-08-10").Single();
        protest.Codes.AcledEventType.ShouldBe("Protests");
        protest.Fatalities.ShouldBe(1);
    }
}
