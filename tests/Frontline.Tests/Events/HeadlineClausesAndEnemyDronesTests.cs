namespace Frontline.Tests.Events;

/// <summary>A move foiled "by" its author, a side's media naming "the enemy", a headline of two clauses split by a semicolon,
/// an entry the group fought in, a force described by where it was deployed, and a morning's demolitions in another town
/// than the headline's strike. Texts written for these tests.</summary>
public class HeadlineClausesAndEnemyDronesTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Forces_that_repelled_an_attempt_by_a_group_fought_that_group()
    {
        var fight = Events("Southern Armed Forces repelled an attempt by Houthi fighters to infiltrate their positions near Al-Dhale at dawn "
                           + "on Tuesday, killing four attackers, a military source said.", "2025-04-15").ShouldHaveSingleItem();
        new[] { fight.Actor1!.Name, fight.Actor2!.Name }.ShouldBe(["Houthis", "Southern Transitional Council"], ignoreOrder: true);
    }

    [Fact]
    public void An_enemy_drone_of_a_nation_is_that_nations_force()
    {
        Events("LEBANON - An Israeli enemy drone targeted a car in Nabatieh in southern Lebanon at noon today, killing its driver, the "
               + "National News Agency reported.", "2025-03-27")
            .ShouldHaveSingleItem().Actor1!.Name.ShouldBe("Military Forces of Israel");
    }

    [Fact]
    public void A_headline_clause_after_a_semicolon_borrows_neither_subject_nor_place_and_an_entry_fought_in_is_the_fight()
    {
        var events = Events("Fano fighters briefly enter Bahir Dar; drone strike near Dejen kills six, residents say\n\nFano militia fighters "
                            + "entered Bahir Dar on Sunday and fought government forces for several hours before withdrawing, residents said.",
                            "2025-09-10");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Change to group/activity");
        var strike = events.Single(e => e.Codes.AcledSubEventType == "Air/drone strike");
        strike.Location!.Name.ShouldBe("Dejen");
        strike.Actor1?.Name.ShouldNotBe("Fano");
    }

    [Fact]
    public void Soldiers_described_by_where_they_were_deployed_make_no_deployment()
    {
        Events("ADF rebels killed nine civilians in Oicha on Sunday night, local sources said.\n\nFARDC soldiers deployed in the area "
               + "pursued the attackers towards the forest on Monday, the army spokesman said.", "2025-05-13")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Change to group/activity");
    }

    [Fact]
    public void A_mornings_demolitions_in_another_town_are_no_part_of_the_headlines_strike()
    {
        var events = Events("Drone strike on motorcycle kills one near Tyre\n\nAn Israeli drone struck a motorcycle near the city of Tyre in "
                            + "southern Lebanon at noon today, killing its rider.\n\nEarlier this morning, the Israeli army detonated several "
                            + "houses in the town of Marjayoun, the correspondent said.", "2025-03-27");
        events.Count.ShouldBe(2);
        events.ShouldAllBe(e => e.Date.Start == Analysis.Day("2025-03-27") && e.Date.End == Analysis.Day("2025-03-27"));
    }
}
