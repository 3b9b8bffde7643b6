namespace Frontline.Tests.Events;

/// <summary>A force's vehicle that hit a mine, and arms recovered during an operation told before. Texts written for these
/// tests.</summary>
public class VehiclesAndOperationsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_force_whose_truck_hit_a_mine_suffered_the_blast()
    {
        var blast = Events("On Monday, an army truck hit a landmine near Tessalit, killing three soldiers, the army said.", "2025-03-12")
            .ShouldHaveSingleItem();
        blast.Actor2!.Name.ShouldBe("Military Forces of Mali");
        blast.Actor1?.Name.ShouldNotBe("Military Forces of Mali");
    }

    [Fact]
    public void Arms_recovered_during_the_operation_told_before_are_no_seizure_of_their_own()
    {
        Events("Troops killed five militants in an operation near Gao on Sunday, the army said.\n\nWeapons and motorcycles were recovered "
               + "during the operation.", "2025-03-12")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Disrupted weapons use");
    }
}
