namespace Frontline.Tests.Events;

/// <summary>Names that open or end others: a country labelling a headline, a valley named like a province, a country's
/// combining form, a movement's local branch, an agent after a name the catalogue lacks. Texts written for these tests.</summary>
public class KickersBranchesAndBordersTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_country_that_labels_a_headline_acts_in_nothing()
    {
        var ambush = Events("Niger: convoy ambushed near Tillaberi, several soldiers killed", "2025-03-11").ShouldHaveSingleItem();
        ambush.Actor1!.Kind.ShouldNotBe(Core.Model.ActorKind.Government);
    }

    [Fact]
    public void A_province_name_after_wadi_names_the_valley_not_the_province()
    {
        var attack = Events("Gunmen attacked an army post in the Wadi Omran area of Lawdar district on Monday, killing two soldiers, "
                            + "a Yemeni military official said.", "2025-03-11").ShouldHaveSingleItem();
        attack.Location!.Admin1.ShouldBe("Abyan");
    }

    [Fact]
    public void The_combining_form_of_a_country_names_that_country()
    {
        var (_, ann) = Analysis.Annotate("The cadres opened fire on troops near a village along the Indo-Myanmar border on Saturday.", "2025-03-11");
        ann.Places.ShouldHaveSingleItem().Place.CountryIso2.ShouldBe("IN");
    }

    [Fact]
    public void The_movement_named_without_its_branch_acts_as_the_branch_of_the_country()
    {
        var attack = Events("Islamic State fighters killed 20 villagers near Menaka on Sunday, local officials said.", "2025-03-11")
            .ShouldHaveSingleItem();
        attack.Actor1!.Name.ShouldBe("Islamic State Sahel Province");
        attack.Summary.ShouldStartWith("Islamic State Sahel Province");
    }

    [Fact]
    public void A_separatist_adjective_before_fighters_names_the_movement()
    {
        var attack = Events("Suspected Ambazonian separatist fighters killed two gendarmes at a checkpoint in Bamenda on Sunday night.", "2025-10-14")
            .ShouldHaveSingleItem();
        attack.Actor1!.Name.ShouldBe("Ambazonian separatists");
    }

    [Fact]
    public void The_agent_after_by_may_follow_a_name_the_catalogue_lacks()
    {
        var attack = Events("At least five soldiers were killed on Monday in an attack by al-Qaida militants on a military position in "
                            + "Yemen's southern province of Abyan, a military official said.", "2025-03-11").ShouldHaveSingleItem();
        attack.Actor1!.Kind.ShouldBe(Core.Model.ActorKind.Rebel);
        attack.Actor2!.Name.ShouldBe("Military Forces of Yemen");
    }
}
