namespace Frontline.Tests.Events;

/// <summary>An occupier's aircraft, sub-clans fighting, and an attack with rifles and explosives. Texts written for these
/// tests.</summary>
public class OccupationAircraftClansAndMixedArmsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Israeli_occupation_aircraft_are_israel_s_air_force()
    {
        Events("Israeli occupation aircraft launched airstrikes on Tuesday evening on sites near Quneitra, killing four soldiers of the Syrian "
               + "army, a military source said.", "2025-08-27")
            .ShouldHaveSingleItem().Actor1!.Name.ShouldBe("Military Forces of Israel");
    }

    [Fact]
    public void Sub_clans_that_fight_are_clan_militias()
    {
        var fight = Events("At least nine people were killed in fighting between two sub-clans over grazing land near Burao on Friday, elders said.",
            "2025-04-27").ShouldHaveSingleItem();
        fight.Actor1!.Name.ShouldContain("Clan Militia");
    }

    [Fact]
    public void An_attack_with_rifles_and_explosives_is_a_fight_with_guns()
    {
        Events("Two police officers were killed on Saturday night when gunmen attacked a police patrol with rifles and explosives in Caucasia, "
               + "the police said.", "2025-10-13")
            .ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Armed clash");
    }
}
