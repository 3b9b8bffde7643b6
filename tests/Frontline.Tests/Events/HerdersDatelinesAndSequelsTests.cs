namespace Frontline.Tests.Events;

/// <summary>Herders of a named people, a constable shot dead, a dateline written with a colon and a headline's unnamed
/// attackers, a fight told in the next paragraph with no place, and officers described by where they were sent. Texts
/// written for these tests.</summary>
public class HerdersDatelinesAndSequelsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Herders_of_a_named_people_are_its_militia()
    {
        var attack = Events("MAKURDI, Nigeria - Fulani herders attacked a farming village in Benue State on Monday, killing six people, police "
                            + "said.", "2025-03-04").Single(Analysis.Violent);
        attack.Actor1!.Name.ShouldBe("Fulani Ethnic Militia (Nigeria)");
        attack.Codes.AcledSubEventType.ShouldBe("Attack");
    }

    [Fact]
    public void Clashes_between_two_peoples_herders_are_a_battle_of_their_militias()
    {
        var clash = Events("NAIROBI - Four people were killed in clashes between Pokot and Turkana herders in northern Kenya on Sunday, police "
                           + "said.", "2025-03-04").Single(Analysis.Violent);
        clash.Codes.AcledSubEventType.ShouldBe("Armed clash");
        new[] { clash.Actor1!.Name, clash.Actor2!.Name }.ShouldBe(["Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"], ignoreOrder: true);
    }

    [Fact]
    public void A_constable_shot_dead_is_one_dead()
    {
        Events("PESHAWAR - A police constable was shot dead by unidentified gunmen on a motorcycle in Peshawar on Sunday, police said.",
                "2025-06-01")
            .Single(Analysis.Violent).Fatalities.ShouldBe(1);
    }

    [Fact]
    public void A_colon_dateline_lets_the_headlines_unnamed_attackers_be_the_group_the_body_names()
    {
        var events = Events("Three soldiers martyred as terrorists attack check post in Kech\n\nQUETTA: Three soldiers were martyred and four "
                            + "terrorists killed when militants attacked a check post in Balochistan's Kech district on Saturday night, the "
                            + "military said on Sunday.\n\nThe banned Balochistan Liberation Front claimed responsibility for the attack, "
                            + "saying its fighters had killed 12 soldiers. The military rejected the claim.",
                            "2025-06-01");
        var attack = events.Single(Analysis.Violent);
        attack.Fatalities.ShouldBe(7);
        attack.Actor1!.Name.ShouldBe("Balochistan Liberation Front");
    }

    [Fact]
    public void A_fight_told_next_with_no_place_between_a_side_of_the_act_and_another_is_at_its_town()
    {
        var events = Events(SequelReport, "2025-05-12");
        events.Where(Analysis.Violent).ShouldAllBe(e => e.Location!.Name == "Cabaret");
        events.Count(Analysis.Violent).ShouldBe(2);
    }

    /// <summary>A report shaped like the Cabaret wire story (the town named, then where people fled, then the fight).</summary>
    private const string SequelReport =
        "Gangs kill at least 12 in attack on Haitian town north of capital\n\nPORT-AU-PRINCE, Haiti (AP) - Gang "
        + "members stormed the town of Cabaret north of Haiti's capital before dawn on Sunday, killing at least "
        + "12 people and setting homes and a police station on fire, local officials said Monday.\n\nThe "
        + "attackers, believed to belong to the Viv Ansanm gang coalition, roamed the streets for several hours "
        + "and forced hundreds of residents to flee toward the neighboring town of Arcahaie, said Cabaret's "
        + "mayor, who spoke on condition of anonymity for fear of reprisals.\nPolice arrived in the afternoon "
        + "and exchanged gunfire with the gang members, killing three of them, police said.\n";

    [Fact]
    public void Officers_described_by_where_they_were_sent_are_no_deployment()
    {
        Events("NAIROBI - Raiders stole 200 head of cattle near Marsabit on Monday and killed two herders. Police officers deployed from "
               + "Marsabit town recovered 80 of the animals on Tuesday.", "2025-03-04")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Change to group/activity");
    }
}
