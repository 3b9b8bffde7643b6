namespace Frontline.Tests.Events;

/// <summary>What a report counts or points at without telling a new act: a region's tally of attacks, people who fled and
/// where to, a sentence that only says when the fight came, ground kept, a statement's day, attackers leaving, and names
/// that open an outlet's or an administration's. Texts written for these tests.</summary>
public class TalliesRefugesAndPointersTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_region_s_tally_of_attacks_is_no_event()
    {
        Events("Russian artillery shelled Kupiansk on Monday, killing two civilians, the regional governor said.\n\nIn Kostiantynivka, a "
               + "drone hit a car, wounding a man.\n\nIn total, Russian forces attacked settlements in Donetsk region 1,450 times over the "
               + "past day, he added.", "2025-06-03")
            .ShouldNotContain(e => e.Location != null && e.Location.Precision == Core.Model.PlacePrecision.Admin1);
    }

    [Fact]
    public void People_who_fled_are_no_toll_and_where_they_fled_to_is_no_scene()
    {
        var fight = Events("Somali army troops and Jubaland forces clashed in Beled Hawo on Wednesday.\n\nAt least four soldiers and a civilian "
                           + "were killed, elders said, and thousands of residents fled across the border to Mandera in Kenya.", "2024-12-12")
            .ShouldHaveSingleItem();
        fight.Fatalities.ShouldBe(5);
        fight.Location!.CountryIso2.ShouldBe("SO");
    }

    [Fact]
    public void A_fight_pointed_at_to_say_what_it_followed_is_no_new_fight()
    {
        Events("Government troops and M23 rebels fought for hours in Butembo on Wednesday, residents said.\n\nThe clashes follow months of "
               + "tension between Kinshasa and Goma.", "2025-04-11")
            .ShouldHaveSingleItem().Location!.Name.ShouldNotBe("Kinshasa");
    }

    [Fact]
    public void Ground_a_side_kept_is_no_ground_taken()
    {
        Events("The M23 said on Thursday that it had repelled an attack and remained in control of Butembo.", "2025-04-11")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory");
    }

    [Fact]
    public void A_statement_s_day_dates_the_saying_not_the_fight()
    {
        var fight = Events("M23 rebels and Wazalendo militiamen fought in Butembo on Wednesday, local sources said.\n\nIn a statement released "
                           + "on Thursday, the M23 said it had repelled an attack by the militiamen.", "2025-04-11").ShouldHaveSingleItem();
        fight.Date.Start.ShouldBe(new DateOnly(2025, 4, 9));
    }

    [Fact]
    public void Attackers_leaving_the_scene_of_their_attack_make_no_withdrawal()
    {
        Events("RSF fighters attacked the village of Um Rawaba on Sunday, killing nine civilians, local sources said.\n\nSeveral houses "
               + "were set on fire before the attackers withdrew towards the west.", "2025-07-29")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Strategic developments");
    }

    [Fact]
    public void Bombs_an_aircraft_dropped_are_an_air_strike_and_the_bombs_told_again_no_planted_device()
    {
        Events("A military aircraft dropped two bombs on a village near Shwebo on Saturday, killing six civilians, residents said.\n\n"
               + "The bombs hit houses near the monastery.", "2025-01-20")
            .ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Air/drone strike");
    }

    [Fact]
    public void A_country_that_opens_a_newspaper_s_name_is_no_actor()
    {
        var (_, ann) = Analysis.Annotate("Witnesses told Sudan Tribune that gunmen opened fire on residents near El Obeid on Sunday.", "2025-07-29");
        ann.Actors.ShouldNotContain(a => a.Surface == "Sudan");
    }

    [Fact]
    public void A_town_that_opens_an_administration_s_name_is_no_scene()
    {
        var (_, ann) = Analysis.Annotate("The head of the Kherson Regional Military Administration said on Telegram that two people were hurt.", "2025-06-04");
        ann.Places.ShouldBeEmpty();
    }
}
