namespace Frontline.Tests.Events;

public class ControlChangeTests
{
    [Fact]
    public void Capture_from_a_holder_is_a_control_change()
    {
        var c = Analysis.Run("Turkish-backed rebels captured Tel Rifaat in Syria from Kurdish forces. The Syrian Democratic Forces withdrew from the area.")
            .ControlChanges.ShouldHaveSingleItem();
        c.Location.Name.ShouldBe("Tall Rif‘at");
        c.To!.Name.ShouldBe("Turkish-backed rebels");
        c.From!.Name.ShouldBe("Syrian Democratic Forces");
        c.Evidence.Count.ShouldBe(2);
    }

    [Fact]
    public void A_planned_offensive_changes_nothing()
    {
        Analysis.Run("Rebels vowed to capture Aleppo in Syria.").ControlChanges.ShouldBeEmpty();
    }

    [Fact]
    public void An_airstrike_changes_nothing()
    {
        Analysis.Run("Syrian jets struck Aleppo on Sunday.").ControlChanges.ShouldBeEmpty();
    }
}
