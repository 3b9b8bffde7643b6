namespace Frontline.Tests.Events;

/// <summary>A region named with its unit word, a province's seat beside another province, arms borne and arms taken, a
/// movement named by its people, violence that only spreads, an act weeks before, a charge that describes a noun, and an
/// attack repelled by its target. Texts written for these tests.</summary>
public class RegionsArmsAndChargesTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_region_named_with_its_unit_word_is_no_province_of_another_country()
    {
        var strike = Events("ERBIL, Iraq - A drone hit a pickup truck outside the Makhmour refugee camp on Friday, killing two men, "
                            + "local officials said. The camp lies southwest of Erbil, the capital of the Kurdistan region.", "2024-06-08")
            .Single(Analysis.Violent);
        strike.Location!.CountryIso2.ShouldBe("IQ");
        strike.Location.Name.ShouldBe("Mexmur");
    }

    [Fact]
    public void A_provinces_seat_by_its_own_name_is_no_namesake_beside_another_province()
    {
        var ambush = Events("BANGUI - Peacekeepers patrolled Birao, the capital of Vakaga prefecture, on Monday. Last month gunmen killed "
                            + "three soldiers in an ambush near the town of Ndele, the mission said.", "2025-03-11")
            .Single(e => e.Fatalities == 3);
        ambush.Location!.Name.ShouldBe("Ndélé");
    }

    [Fact]
    public void Arms_the_attackers_bore_are_no_act_and_weapons_taken_by_the_side_that_killed_are_its_fight()
    {
        var events = Events("Gunmen armed with assault rifles and homemade explosives stormed a police post in Bali on Sunday, killing "
                            + "two officers, the ministry said. On Monday soldiers killed four of the attackers and recovered weapons "
                            + "near Batibo.", "2024-10-15");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Remote explosive/landmine/IED");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Disrupted weapons use");
        events.Count(Analysis.Violent).ShouldBe(2);
    }

    [Fact]
    public void A_movement_named_by_its_people_is_the_one_its_fighters_belong_to()
    {
        var events = Events("YAOUNDE - Anglophone separatists attacked a checkpoint in Kumbo on Saturday, the army said. Troops killed "
                            + "three separatist fighters near Ndop on Sunday.", "2024-05-14");
        events.Where(Analysis.Violent).ShouldAllBe(e => e.Actor1!.Name == "Ambazonian separatists" || e.Actor2!.Name == "Ambazonian separatists");
        events.Count(Analysis.Violent).ShouldBe(2);
    }

    [Fact]
    public void Fighting_that_only_spreads_and_a_capture_weeks_before_are_no_acts()
    {
        var events = Events("Air strikes killed four people in the town of Uvira on Tuesday, as fighting spread south. The rebels took "
                            + "Bukavu on Feb. 16, weeks after seizing Goma.", "2025-02-26");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Armed clash");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Goma");
    }

    [Fact]
    public void A_charge_told_in_a_clause_describing_a_noun_is_no_statement()
    {
        Events("Drones hit positions of a militia that Kinshasa accuses of backing the rebels near Uvira on Monday, killing three "
               + "fighters.", "2025-02-26")
            .ShouldNotContain(e => e.Codes.Cameo != null && e.Codes.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void The_side_that_repelled_an_attack_by_another_is_the_attacks_target()
    {
        var clash = Events("M23 rebels repelled an attack by Congolese troops near Masisi on Monday, the group said.", "2025-02-26")
            .Single(Analysis.Violent);
        clash.Actor1!.Name.ShouldContain("Congo");
        clash.Actor2!.Name.ShouldBe("M23");
    }
}
