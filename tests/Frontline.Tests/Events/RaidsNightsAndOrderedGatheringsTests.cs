namespace Frontline.Tests.Events;

/// <summary>A raid on villagers, the night from one day to the next, and people made to gather. Texts written for these
/// tests.</summary>
public class RaidsNightsAndOrderedGatheringsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_raid_that_kills_only_villagers_is_an_attack_on_civilians()
    {
        Events("Jihadist fighters raided a village near Kolofata on Sunday, killing four villagers and looting cattle, local sources said.", "2025-06-09")
            .ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Attack");
    }

    [Fact]
    public void Overnight_from_one_day_to_the_next_is_that_night()
    {
        var raid = Events("Gunmen attacked a village near Mokolo overnight from Saturday to Sunday, killing three villagers.", "2025-06-09")
            .ShouldHaveSingleItem();
        raid.Date.Start.ShouldBe(new DateOnly(2025, 6, 7));
        raid.Date.End.ShouldBe(new DateOnly(2025, 6, 8));
    }

    [Fact]
    public void People_ordered_to_gather_hold_no_protest()
    {
        Events("Insurgents killed two men in a village near Mocimboa da Praia on Monday, local sources said.\n\nThe group, estimated at "
               + "about 20 fighters, arrived in the village in the early afternoon and ordered residents to gather near the mosque, a resident "
               + "said.", "2025-06-11")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }
}
