namespace Frontline.Tests.Events;

/// <summary>A headline's town named as the body's province, an incident opened "on the same day", and the Levies as a
/// force. Texts written for these tests.</summary>
public class HeadlineProvincesAndSameDayTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_headline_town_named_as_the_province_of_the_body_s_place_is_that_province()
    {
        var attack = Events("Gunmen kill 12 in Katsina village\n\nGunmen have killed 12 people in an attack on a village in Kankara Local "
                            + "Government Area of Katsina State, residents said on Tuesday. The attackers arrived on motorcycles on Monday "
                            + "night.", "2025-08-20").ShouldHaveSingleItem();
        attack.Location!.Name.ShouldBe("Kankara");
    }

    [Fact]
    public void An_act_opened_on_the_same_day_is_another_incident()
    {
        Events("Soldiers killed about twenty militants on Saturday during an operation near Fada N'Gourma, a security source said.\n\nOn the "
               + "same day, a supply convoy escorted by volunteers was attacked near Fada N'Gourma, local sources said.", "2025-05-27")
            .Count.ShouldBe(2);
    }

    [Fact]
    public void The_levies_are_a_force_and_an_attack_on_them_a_battle()
    {
        Events("Four Levies personnel were killed when gunmen attacked a checkpost near Turbat on Tuesday night, officials said.", "2025-10-08")
            .ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Battles");
    }
}
