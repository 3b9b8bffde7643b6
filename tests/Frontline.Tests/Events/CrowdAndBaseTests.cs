using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Crowds the police break up and bases attackers storm: a headline's protest the report tells as a riot, a
/// clash told by what protesters smashed, a march that never reached its goal, tear gas dropped from drones; who uses a
/// base is not who attacked it, and the attackers' own dead add to the toll. Texts written for these tests.</summary>
public class CrowdAndBaseTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string PensionRiot =
        "Police fire tear gas as tens of thousands protest over pension cuts\n\n"
        + "LISBON, March 7 (Reuters) - Portuguese police fired tear gas at youths hurling stones outside parliament in Lisbon on Friday, "
        + "as tens of thousands of people marched against pension cuts.\n\n"
        + "Unions said the march was the largest in a decade.\n\n"
        + "Police said 12 people were detained.\n\n"
        + "Smaller clashes were reported in the northern city of Porto, where protesters smashed bank windows, police said.";

    [Fact]
    public void A_headline_protest_the_report_tells_as_a_riot_is_one_violent_demonstration_with_its_arrests()
    {
        var events = Events(PensionRiot, "2025-03-07");
        var lisbon = events.Single(e => e.Location?.Name == "Lisbon");
        lisbon.Codes.AcledEventType.ShouldBe("Riots");
        lisbon.Actor1!.Kind.ShouldNotBe(ActorKind.Police);
        // The detentions the police report two paragraphs on are the riot's, no event of their own.
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void Clashes_told_by_what_protesters_smashed_are_a_violent_demonstration()
    {
        var porto = Events(PensionRiot, "2025-03-07").Single(e => e.Location?.Name == "Porto");
        porto.Codes.AcledSubEventType.ShouldBe("Violent demonstration");
    }

    private const string Base =
        "NAIROBI, Jan 12 (Reuters) - Militants attacked a military base used by U.S. and Kenyan forces in Kenya's coastal Lamu county on Sunday, "
        + "killing two Kenyan soldiers, the army said.\n\n"
        + "The militants breached the perimeter of Camp Baridi and burned two trucks before they were repelled. Four attackers were killed, the army said.";

    [Fact]
    public void Who_uses_the_base_did_not_attack_it_and_the_county_after_two_nationalities_is_the_scene()
    {
        var attack = Events(Base, "2020-01-12").Single(e => e.Codes.AcledEventType == "Battles");
        attack.Actor1!.Name.ShouldNotContain("United States");
        attack.Actor1.Name.ShouldNotContain("Kenya");
        attack.Location!.Name.ShouldBe("Lamu");
    }

    [Fact]
    public void The_attackers_own_dead_add_to_the_lead_toll_of_one_attack()
    {
        var battles = Events(Base, "2020-01-12").Where(e => e.Codes.AcledEventType == "Battles").ToList();
        battles.Count.ShouldBe(1);
        battles[0].Fatalities.ShouldBe(6);
    }

    [Fact]
    public void The_word_that_opens_a_camp_name_is_no_place_of_its_own()
    {
        var (_, ann) = Analysis.Annotate(Base, "2020-01-12");
        ann.Places.ShouldNotContain(p => p.Surface == "Camp");
    }

    private const string Farmers =
        "CHANDIGARH, India, March 4 (Reuters) - A 23-year-old farmer was killed on Monday when police fired tear gas and rubber bullets at "
        + "thousands of farmers trying to march to New Delhi from the border between the northern states of Punjab and Haryana, farm leaders said.";

    [Fact]
    public void A_march_only_tried_is_not_where_it_was_headed_and_a_border_between_two_states_is_one_scene()
    {
        var force = Events(Farmers, "2024-03-04").Where(e => e.Codes.AcledSubEventType == "Excessive force against protesters").ToList();
        force.Count.ShouldBe(1);
        force[0].Location!.Name.ShouldNotBe("New Delhi");
        force[0].Location!.Precision.ShouldBe(PlacePrecision.Admin1);
        // The farmer killed, an age before the noun, is the dispersal's toll.
        force[0].Fatalities.ShouldBe(1);
    }

    [Fact]
    public void Tear_gas_dropped_from_drones_is_no_air_strike()
    {
        var events = Events("CHANDIGARH, India, March 4 (Reuters) - Police drones dropped tear gas canisters on farmers who tried to remove barricades "
                            + "on the border between Punjab and Haryana on Monday.", "2024-03-04");
        events.ShouldNotBeEmpty();
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Explosions/Remote violence");
    }

    [Fact]
    public void A_day_after_dates_what_follows_it_not_the_act_told_before()
    {
        var text = "MOSCOW, Dec 30 (Reuters) - Ukrainian shelling of the Russian city of Belgorod killed 14 people, including two children, and wounded 108 on Saturday, officials said, "
                   + "a day after Moscow launched a large air attack on Ukrainian cities.";
        var shelling = Events(text, "2023-12-30").Single(e => e.Location?.Name == "Belgorod" && e.Codes.AcledSubEventType == "Shelling/artillery/missile attack");
        shelling.Date.ShouldBe(DateInterval.Day(Analysis.Day("2023-12-30")));
    }

    [Fact]
    public void Since_a_dated_day_starts_on_that_day()
    {
        var (_, ann) = Analysis.Annotate("The farmers have camped at the crossing since Feb. 13.", "2024-02-21");
        ann.Times.Single().Interval.Start.ShouldBe(Analysis.Day("2024-02-13"));
    }

    [Fact]
    public void An_old_name_of_a_town_abroad_is_no_reading_once_the_article_names_its_country()
    {
        var (_, ann) = Analysis.Annotate("ATHENS, Feb 28 (Reuters) - Greek prosecutors reopened the inquiry into the rail collision near Tempi.", "2025-02-28");
        ann.Places.ShouldNotContain(p => p.Surface == "Tempi" && p.Place.CountryIso2 != "GR");
    }

    [Fact]
    public void A_counted_crowd_does_the_violence_it_is_the_subject_of()
    {
        var riot = Events("STOCKHOLM, April 18 (Reuters) - In the city of Orebro, police fired warning shots on Sunday as hundreds of youths threw "
                          + "stones at officers and set cars on fire, police said.", "2022-04-18").Single(e => e.Codes.AcledEventType == "Riots");
        riot.Actor1!.Kind.ShouldBe(ActorKind.Rioters);
    }

    [Fact]
    public void People_counted_and_arrested_after_a_passive_were_arrested_not_arresting()
    {
        var arrest = Events("STOCKHOLM, April 18 (Reuters) - Police said on Monday that 26 officers had been injured and 40 people arrested "
                            + "in four days of rioting in several cities.", "2022-04-18").Single(e => e.Codes.AcledSubEventType == "Arrests");
        arrest.Actor1!.Kind.ShouldBe(ActorKind.Police);
    }

    [Fact]
    public void A_jailed_leader_describes_whom_the_crowd_supports()
    {
        var arrest = Events("ISLAMABAD, Nov 27 (Reuters) - Police said 1,000 supporters of jailed former Prime Minister Imran Khan had been arrested "
                            + "in Islamabad.", "2024-11-27").Single(e => e.Codes.AcledSubEventType == "Arrests");
        arrest.Actor1!.Kind.ShouldBe(ActorKind.Police);
    }

    [Fact]
    public void Where_a_march_set_off_is_no_scene()
    {
        var rally = Events("ISLAMABAD, Nov 26 (Reuters) - Thousands of protesters rallied on Tuesday, two days after their march set off from the "
                           + "northwestern province of Khyber Pakhtunkhwa.", "2024-11-26").Single(e => e.Codes.AcledEventType == "Protests");
        rally.Location!.Name.ShouldNotBe("Khyber Pakhtunkhwa");
    }

    [Fact]
    public void Where_the_victims_train_was_going_is_no_scene()
    {
        var events = Events("QUETTA, Pakistan, Nov 9 (Reuters) - A suicide bomber blew himself up at the railway station in Quetta on Saturday, "
                            + "killing 26 people.\n\nThe blast ripped through passengers waiting on a platform for a train to the garrison city of "
                            + "Rawalpindi, police said.", "2024-11-09");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Rawalpindi");
    }

    [Fact]
    public void A_clause_of_time_with_a_subject_of_its_own_borrows_no_author()
    {
        var events = Events("DUBLIN, Nov 24 (Reuters) - Rioters set fire to buses and looted shops in central Dublin on Thursday night after a "
                            + "knife attack outside a school injured three children, police said on Friday.", "2023-11-24");
        var stabbing = events.Single(e => e.Codes.AcledEventType == "Violence against civilians");
        stabbing.Actor1!.Kind.ShouldNotBe(ActorKind.Rioters);
        stabbing.Actor1.Kind.ShouldNotBe(ActorKind.Protesters);
    }

    [Fact]
    public void A_meeting_at_a_home_and_a_gathering_named_as_a_charge_are_no_protests()
    {
        var events = Events("HARARE, June 17 (Reuters) - Police said on Monday that 78 opposition activists had gathered at the home of a party "
                            + "official in Harare. They had been charged with participating in an unsanctioned gathering.", "2024-06-17");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void A_headline_act_after_which_the_riot_came_is_not_the_rioters()
    {
        var events = Events("Rioters torch buses and loot shops in Dublin after stabbing attack\n\nDUBLIN, Nov 24 (Reuters) - Rioters set fire to buses in central "
                            + "Dublin on Thursday night, police said.", "2023-11-24");
        // The stabbing the riot came after is an act of its own, by no crowd.
        var stabbing = events.Single(e => e.Codes.AcledEventType == "Violence against civilians");
        stabbing.Actor1!.Kind.ShouldNotBe(ActorKind.Rioters);
        stabbing.Actor1.Kind.ShouldNotBe(ActorKind.Protesters);
    }
}
