using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A toll split between places with its verb told once, strikes told again by their author, a lone man who fires
/// on a crowd, crowds that spread over a country or gather in districts named like countries, charges that are no acts,
/// and days counted "since". Texts written for these tests.</summary>
public class TollSplitAndBystanderTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string DepotStrikes =
        "BEIRUT, May 6 (Reuters) - Turkish drones struck a power station and a fuel depot in northeastern Syria on Monday, killing at least "
        + "five people, the Kurdish-led administration said.\n\n"
        + "Two people were killed at the power station and three in the town of Qamishli, it said. The Turkish defence ministry said it had "
        + "struck militant targets at the depot in Qamishli.";

    [Fact]
    public void A_toll_split_between_places_gives_each_place_its_part()
    {
        var strikes = Events(DepotStrikes, "2024-05-06").Where(e => e.Codes.AcledEventType == "Explosions/Remote violence").ToList();
        strikes.Single(e => e.Location?.Name == "Al Qāmishlī").Fatalities.ShouldBe(3);
        // The lead's five are the two at the power station and the three in the town: never counted twice.
        strikes.Sum(e => e.Fatalities ?? 0).ShouldBe(5);
    }

    [Fact]
    public void Struck_told_by_the_author_of_an_air_strike_on_its_day_is_that_strike()
    {
        const string text = "BEIRUT, Feb 4 (Reuters) - Russian warplanes struck a market in Idlib on Sunday, killing four people, rescuers said.\n\n"
                            + "The Russian military said it had struck militant positions near Jisr al-Shughur.";
        var jisr = Events(text, "2024-02-04").Single(e => e.Location?.Name == "Jisr ash Shughūr");
        jisr.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
    }

    private const string RoadblockShooting =
        "LA PAZ, March 5 (Reuters) - Two farmers taking part in a protest against a lithium contract were shot dead on Tuesday at a "
        + "roadblock on a highway south of La Paz, police said.\n\n"
        + "A man got out of his truck at the blockade in Viacha, about 30 km (19 miles) southwest of La Paz, argued with the protesters "
        + "and opened fire on them, witnesses said.";

    [Fact]
    public void People_killed_while_protesting_by_a_lone_man_are_an_attack_where_the_detail_puts_it()
    {
        var events = Events(RoadblockShooting, "2024-03-05");
        var attack = events.Single(e => e.Fatalities is > 0);
        attack.Codes.AcledSubEventType.ShouldBe("Attack");
        attack.Fatalities.ShouldBe(2);
        attack.Actor1!.Kind.ShouldNotBe(ActorKind.Protesters);
        attack.Actor1.Kind.ShouldNotBe(ActorKind.Rioters);
        attack.Actor2!.Kind.ShouldBe(ActorKind.Protesters);
        // "south of La Paz" only says what the roadblock lay by; the detail names the town.
        attack.Location!.Name.ShouldBe("Viacha");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Excessive force against protesters");
    }

    private const string MineProtests =
        "QUITO, Oct 9 (Reuters) - Police fired tear gas at protesters near the presidential palace in Quito on Monday.\n\n"
        + "The clashes came after weeks of protests across the country against a contract that allows a subsidiary of Canada's Andes "
        + "Copper to operate a mine in the province of Imbabura for 30 more years.";

    [Fact]
    public void Protests_across_the_country_are_the_country_s_not_where_their_grievance_lies()
    {
        var events = Events(MineProtests, "2023-10-09");
        events.ShouldNotContain(e => e.Location!.CountryIso2 == "CA");
        events.Where(e => e.Codes.AcledEventType is "Protests" or "Riots").ShouldNotContain(e => e.Location!.Precision == PlacePrecision.Admin1);
    }

    private const string DistrictMarch =
        "HONG KONG, Oct 1 (Reuters) - Thousands of people marched in the Mong Kok and Jordan districts on Tuesday, and police fired tear "
        + "gas to push them back.";

    [Fact]
    public void A_country_s_name_before_a_district_s_word_is_neither_the_country_nor_an_actor()
    {
        var events = Events(DistrictMarch, "2019-10-01");
        events.ShouldNotBeEmpty();
        events.ShouldNotContain(e => e.Location!.CountryIso2 == "JO");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.Contains("Jordan"));
        events.ShouldNotContain(e => e.Actor2 != null && e.Actor2.Name.Contains("Jordan"));
    }

    [Fact]
    public void Arrests_since_a_day_run_from_that_day_to_the_report()
    {
        const string text = "ADDIS ABABA, Oct 2 (Reuters) - Ethiopian police said on Wednesday they had detained more than 300 people in "
                            + "Addis Ababa since Sunday.";
        var arrests = Events(text, "2024-10-02").Single(e => e.Codes.AcledSubEventType == "Arrests");
        arrests.Date.Start.ShouldBe(new DateOnly(2024, 9, 29));
        arrests.Date.End.ShouldBe(new DateOnly(2024, 10, 2));
    }

    private const string ElectionRiots =
        "BAMAKO, June 5 (Reuters) - Supporters of the opposition candidate, who lost Saturday's vote, took to the streets of Kayes on "
        + "Monday, burning tyres and attacking public buildings. Police used tear gas to disperse them.\n\n"
        + "The interior minister said two men had been arrested for looting and setting fire to property. Their lawyers said they had "
        + "been beaten by police.";

    [Fact]
    public void Participles_after_a_comma_go_on_with_their_act_on_its_day()
    {
        var events = Events(ElectionRiots, "2024-06-05");
        events.ShouldNotContain(e => e.Date.Start == new DateOnly(2024, 6, 1));
        events.Where(e => e.Codes.AcledEventType == "Riots").ShouldAllBe(e => e.Date.Start == new DateOnly(2024, 6, 3));
    }

    [Fact]
    public void What_men_were_arrested_for_is_no_act_and_a_beating_by_police_is_no_battle()
    {
        var events = Events(ElectionRiots, "2024-06-05");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Mob violence");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    private const string CourtStorming =
        "SEOUL, Jan 19 (Reuters) - Hundreds of supporters of a jailed politician stormed a court in Seoul on Sunday, smashing windows. "
        + "Thousands of riot police were deployed to the area.\n\n"
        + "A police officer was hit in the leg by a brick thrown by a protester.";

    [Fact]
    public void An_attack_on_the_rule_of_law_is_a_figure_of_speech()
    {
        const string text = "SEOUL, Jan 19 (Reuters) - Hundreds of supporters of a jailed politician stormed a court in Seoul on Sunday, smashing "
                            + "windows.\n\nActing President Han Duck-soo called the violence \"an attack on the rule of law\" and ordered a "
                            + "thorough investigation.";
        Events(text, "2025-01-19").ShouldNotContain(e => e.Codes.AcledSubEventType == "Attack");
    }

    [Fact]
    public void What_struck_an_officer_names_who_threw_it_and_riot_police_are_counted_as_police()
    {
        var events = Events(CourtStorming, "2025-01-19");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
        events.Where(e => e.Quantity is not null).ShouldAllBe(e => e.Quantity!.Unit != "riot");
    }

    [Fact]
    public void More_dead_told_as_also_killed_a_paragraph_later_add_to_the_act_s_toll()
    {
        const string text = "DUBAI, Sept 9 (Reuters) - Israel carried out an air strike on Hamas leaders in Doha on Tuesday.\n\n"
                            + "Hamas said five of its members were killed.\n\n"
                            + "A member of Qatar's internal security forces was also killed, the Qatari interior ministry said.";
        Events(text, "2025-09-09").Single(e => e.Codes.AcledSubEventType == "Air/drone strike").Fatalities.ShouldBe(6);
    }
}
