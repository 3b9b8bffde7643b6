using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A headline's crowd and the lead's, a toll counted across a country beside one town's, two people named as the
/// dead, a government's building, paragraphs that open at another town, a war named by "its", air defences that destroy
/// drones, a motive told as anger, an English town. Texts written for these tests.</summary>
public class HeadlineCrowdsAndTownTollsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_headlines_crowd_and_the_leads_are_one_event()
    {
        const string text = "Armenian police repel protesters who tried to storm presidential palace\n\n"
                            + "YEREVAN, May 9 (Reuters) - Armenian police fired water cannon and pepper spray to push back thousands of "
                            + "protesters who tried to storm the presidential palace in Yerevan on Thursday evening.";
        Events(text, "2024-05-10").Count(e => e.Codes.AcledEventType is "Protests" or "Riots").ShouldBe(1);
    }

    [Fact]
    public void Two_people_named_as_the_dead_are_two()
    {
        const string text = "KHARKIV, Ukraine, May 4 (Reuters) - A man and his teenage son were killed when a Russian drone hit their house "
                            + "in the city of Kharkiv on Saturday, the governor said.";
        Events(text, "2024-05-04").Single().Fatalities.ShouldBe(2);
    }

    [Fact]
    public void A_headline_that_kills_two_people_named_by_bare_nouns_counts_two()
    {
        const string text = "Russian drone kills mother and daughter in Kharkiv\n\n"
                            + "KHARKIV, Ukraine, May 4 (Reuters) - A Russian drone hit a house in Kharkiv on Saturday, the governor said.";
        Events(text, "2024-05-04").Single().Fatalities.ShouldBe(2);
    }

    [Fact]
    public void A_toll_counted_across_the_country_is_not_one_towns()
    {
        const string text = "Russian strikes kill mother and daughter in Kharkiv\n\n"
                            + "KYIV, May 4 (Reuters) - Russia launched drones and missiles at Ukraine overnight, damaging power plants and "
                            + "killing at least seven people across the country, officials said on Saturday.\n\n"
                            + "In Kharkiv, a woman and her daughter were killed when a drone hit their house, the governor said.";
        var kharkiv = Events(text, "2024-05-04").Single(e => e.Location?.Name == "Kharkiv");
        kharkiv.Fatalities.ShouldBe(2);
    }

    [Fact]
    public void A_governments_building_is_no_side()
    {
        const string text = "KYIV, May 4 (Reuters) - A Russian missile hit the government building in the city of Sumy on Saturday, the "
                            + "governor said.";
        Events(text, "2024-05-04").ShouldNotContain(e => e.Actor2 != null && e.Actor2.Kind == ActorKind.Government);
    }

    [Fact]
    public void A_paragraph_opening_at_another_town_tells_the_leads_night()
    {
        const string text = "KYIV, May 4 (Reuters) - Russian drones hit energy facilities in Kyiv overnight, officials said on Saturday.\n\n"
                            + "The city's mayor said power was cut in several districts.\n\n"
                            + "In the central city of Poltava, a drone hit an apartment block. A strike on the city of Dnipro damaged a school.";
        var poltava = Events(text, "2024-05-04").Single(e => e.Location?.Name == "Poltava");
        poltava.Date.Start.ShouldBe(new DateOnly(2024, 5, 3));
        poltava.Date.End.ShouldBe(new DateOnly(2024, 5, 4));
    }

    [Fact]
    public void A_war_named_with_its_owners_word_is_no_scene()
    {
        const string text = "SANAA, May 4 (Reuters) - The Houthi group said it would keep firing missiles at Israel until its war in Gaza ends.";
        Events(text, "2024-05-04").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "PS");
    }

    [Fact]
    public void Air_defences_that_destroyed_drones_disrupted_their_use()
    {
        const string text = "MOSCOW, May 4 (Reuters) - Russia's Defence Ministry said air defences had destroyed 40 Ukrainian drones over "
                            + "the Bryansk region overnight.";
        var downed = Events(text, "2024-05-04").Single();
        downed.Codes.AcledSubEventType.ShouldBe("Disrupted weapons use");
    }

    [Fact]
    public void An_assault_the_anger_was_over_is_the_protests_motive()
    {
        const string text = "LONDON, July 18 (Reuters) - Police officers were injured when a protest outside a hotel in the English town of "
                            + "Crawley turned violent on Thursday, police said, as anger grew over the alleged sexual assault of a woman.";
        var riot = Events(text, "2024-07-18").Single();
        riot.Codes.AcledSubEventType.ShouldBe("Violent demonstration");
        riot.Location!.CountryIso2.ShouldBe("GB");
    }
}
