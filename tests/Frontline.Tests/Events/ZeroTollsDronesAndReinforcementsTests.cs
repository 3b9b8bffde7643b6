namespace Frontline.Tests.Events;

/// <summary>Acts told to have killed no one, weapons a drone dropped or its owner flew, the attackers' own dead, reinforcements
/// and searches that belong to a fight, and a crowd's cause. Texts written for these tests.</summary>
public class ZeroTollsDronesAndReinforcementsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void An_act_told_to_have_hurt_no_one_killed_no_one()
    {
        Events("A Russian drone hit a warehouse in Kherson on Tuesday. No one was hurt, the regional governor said.", "2025-03-12")
            .ShouldHaveSingleItem().Fatalities.ShouldBe(0);
        Events("A Russian drone hit a warehouse in Kherson on Tuesday, the regional governor said.", "2025-03-12")
            .ShouldHaveSingleItem().Fatalities.ShouldBeNull();
    }

    [Fact]
    public void A_weapon_a_quadcopter_dropped_is_a_drone_strike()
    {
        Events("Militants fired a quadcopter-dropped grenade at a police post in Bannu late on Friday, police said.", "2025-07-20")
            .ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Air/drone strike");
    }

    [Fact]
    public void Whose_drone_it_was_struck_with_it()
    {
        Events("On Sunday, a drone believed to belong to the RSF struck a fuel depot in Kosti, the army said.", "2025-06-10")
            .ShouldHaveSingleItem().Actor1!.Name.ShouldBe("Rapid Support Forces");
    }

    [Fact]
    public void The_attackers_own_dead_told_in_the_fight_add_to_the_toll()
    {
        var fight = Events("Militants killed five soldiers on Monday in an attack on an army post near Lawdar, a military official said.\n\n"
                           + "The militants stormed the post before dawn, sparking clashes that lasted two hours.\n\nFour attackers were also "
                           + "killed in the fighting, he said, adding that the troops later retook the post with support from reinforcements "
                           + "sent from Mudiyah.", "2025-03-11").ShouldHaveSingleItem();
        fight.Fatalities.ShouldBe(9);
    }

    [Fact]
    public void Arms_found_in_the_search_after_a_gunfight_are_no_seizure()
    {
        Events("Two militants were killed in a gunfight with troops near Moreh on Saturday, officials said.\n\nDuring the search of the area, "
               + "two rifles and a quantity of ammunition were recovered.", "2025-05-19")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Disrupted weapons use");
    }

    [Fact]
    public void The_killing_a_crowd_protests_is_no_toll_of_the_protest()
    {
        var bandh = Events("Shops and schools stayed shut in Kohima on Monday during a bandh called in protest against the killing of a "
                           + "student.", "2025-05-19").ShouldHaveSingleItem();
        bandh.Codes.AcledEventType.ShouldBe("Protests");
        bandh.Fatalities.ShouldBeNull();
    }

    [Fact]
    public void The_subject_before_a_relative_clause_opens_fire()
    {
        var attack = Events("Gunmen killed two gendarmes at a checkpoint in Bamenda on Sunday night.\n\nThe gendarmes were guarding the "
                            + "checkpoint when the gunmen, who came on motorbikes, opened fire, residents said.", "2025-10-14")
            .ShouldHaveSingleItem();
        attack.Actor1!.Kind.ShouldNotBe(Core.Model.ActorKind.StateMilitary);
    }

    [Fact]
    public void A_modal_inside_a_relative_clause_leaves_the_main_verb_asserted()
    {
        Events("Police said a woman who could not escape was beaten by the attackers in Bunia on Friday.", "2025-03-12")
            .ShouldHaveSingleItem().Modality.ShouldBe(Core.Model.Modality.Asserted);
    }
}
