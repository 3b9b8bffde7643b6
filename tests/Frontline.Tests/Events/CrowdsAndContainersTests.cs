using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Townships a namesake abroad must not take, deaths a crowd's demand is about, who intervened in a protest,
/// one state's forces however named, districts that hold a village, crowds counted loosely, "where" clauses, and a body's
/// lead told after a headline. Texts written for these tests.</summary>
public class CrowdsAndContainersTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Townships_of_a_city_are_not_namesakes_abroad()
    {
        const string text = "LUSAKA, April 19 (Reuters) - Mobs looted shops in Lusaka on Monday. The violence spread to Chawama and George "
                            + "compounds, where two people were burned to death, police said.";
        Events(text, "2016-04-19").ShouldAllBe(e => e.Location!.CountryIso2 == "ZM");
    }

    [Fact]
    public void A_death_a_crowd_demands_justice_for_is_no_toll_of_its_march()
    {
        const string text = "BANJUL, April 16 (AFP) - Police fired tear gas at opposition supporters on Saturday as they marched in the "
                            + "capital to demand the release of an activist they say died in custody, witnesses said.";
        Events(text, "2016-04-16").ShouldAllBe(e => e.Fatalities == null || e.Fatalities == 0);
    }

    [Fact]
    public void Who_intervened_in_a_protest_is_the_police_not_those_arrested()
    {
        const string text = "BANJUL, April 16 (AFP) - Gambian police fired tear gas and arrested an opposition leader and dozens of his "
                            + "supporters on Saturday as they marched in the capital to demand the release of an activist, witnesses said.\n\n"
                            + "Riot police blocked the road and beat protesters with batons before loading them onto trucks, a witness said.";
        var protest = Events(text, "2016-04-16").Single(e => e.Codes.AcledEventType == "Protests");
        protest.Actor2!.Kind.ShouldBe(ActorKind.Police);
    }

    [Fact]
    public void A_country_and_its_military_are_one_side_of_a_strike_told_in_headline_and_lead()
    {
        const string text = "Malaysia launches air strikes on Filipino gunmen in Sabah\n\n"
                            + "KUALA LUMPUR, March 5 (Reuters) - Malaysian fighter jets bombed the hideout of armed intruders in Lahad Datu "
                            + "district of Sabah state on Tuesday, officials said.";
        Events(text, "2013-03-05").Count(e => e.Codes.AcledSubEventType == "Air/drone strike").ShouldBe(1);
    }

    [Fact]
    public void A_village_put_in_a_district_of_another_country_is_no_namesake_there()
    {
        // The gazetteer holds a Simunul in the Philippines' Tawi-Tawi, not the village in Sabah.
        const string text = "KUALA LUMPUR, March 3 (Reuters) - The gunmen, followers of a sultan of Sulu in the southern Philippines, "
                            + "landed in Sabah by boat in February.\n\n"
                            + "On Saturday, six police officers were killed in an ambush in the coastal village of Simunul in the "
                            + "neighbouring Semporna district, police said.";
        Events(text, "2013-03-03").ShouldAllBe(e => e.Location!.CountryIso2 == "MY");
    }

    [Fact]
    public void Thousands_of_people_storming_a_building_are_a_crowd_not_an_unknown_armed_group()
    {
        const string text = "SARAJEVO, Feb 8 (Reuters) - Protests over unpaid wages spread across Bosnia. In Tuzla, thousands of people "
                            + "stormed the cantonal government building on Friday and set it ablaze.";
        var stormed = Events(text, "2014-02-08").Single(e => e.Location!.Name == "Tuzla" && e.Codes.AcledEventType != "Protests");
        stormed.Codes.AcledEventType.ShouldBe("Riots");
    }

    [Fact]
    public void A_where_clause_tells_more_of_the_act_before_it_on_its_day()
    {
        const string text = "SARAJEVO, Feb 8 (Reuters) - Protesters set fire to the presidency building in Sarajevo on Friday.\n\n"
                            + "In Sarajevo, demonstrators hurled stones at police, who responded with tear gas.\n\n"
                            + "Protesters also torched government buildings in Zenica and Mostar, where the offices of two parties were "
                            + "set on fire.";
        var mostar = Events(text, "2014-02-08").Single(e => e.Location!.Name == "Mostar");
        mostar.Date.ShouldBe(DateInterval.Day(Analysis.Day("2014-02-07")));
    }

    [Fact]
    public void Troops_called_by_a_demonym_the_country_table_lacks_are_that_countrys()
    {
        const string text = "DJIBOUTI, June 12 (AFP) - Eritrean forces opened fire and Djiboutian troops returned fire near the border on "
                            + "Tuesday, the defence ministry said.";
        var (_, ann) = Analysis.Annotate(text, "2008-06-12");
        ann.Actors.Single(a => a.Surface.StartsWith("Djiboutian")).Actor!.Country3.ShouldBe("DJI");
    }

    [Fact]
    public void After_a_headline_the_body_s_lead_gathers_its_details_at_its_town()
    {
        const string text = "Police arrest 250 after riots target foreign-owned shops\n\n"
                            + "LUSAKA, April 19 (Reuters) - Rioters looted and burned shops owned by foreigners in several townships of "
                            + "Lusaka, a police spokeswoman said on Tuesday.\n\n"
                            + "The violence broke out on Monday. Two people were burned to death by the mob, she said.";
        Events(text, "2016-04-19").Count(e => e.Codes.AcledEventType == "Riots").ShouldBe(1);
    }
}
