namespace Frontline.Tests.Events;

/// <summary>A town put in a world region, a province named in a list of rivers, and reinforcements sent after a fight. Texts
/// written for these tests.</summary>
public class RegionsRiversAndReinforcementsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_town_put_in_a_world_region_is_no_namesake_of_a_province_abroad()
    {
        Events("Turkish drone strike kills two near Soran, Kurdistan Region\n\nERBIL, Kurdistan Region - A Turkish drone struck a car "
               + "near Soran on Tuesday evening, killing two people, local officials said.", "2025-07-16")
            .ShouldHaveSingleItem().Location!.Name.ShouldBe("Soran");
    }

    [Fact]
    public void A_province_named_in_a_list_of_rivers_is_the_river()
    {
        var (_, ann) = Analysis.Annotate("A soldier was killed in the Valley of the Apurimac, Ene and Mantaro Rivers on Tuesday.", "2025-05-07");
        ann.Places.ShouldNotContain(p => p.Place.Precision == Core.Model.PlacePrecision.Admin1);
    }

    [Fact]
    public void Reinforcements_sent_after_the_lead_s_fight_are_part_of_it()
    {
        Events("The army repelled an attack by armed men on its position near Tahoua on Sunday, killing ten assailants, the defence ministry "
               + "said.\n\nReinforcements sent from the regional capital carried out search operations in the area after the attack, the "
               + "ministry said.", "2025-08-25")
            .ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Battles");
    }
}
