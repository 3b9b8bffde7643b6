namespace Frontline.Tests.Events;

/// <summary>Arms a side recovered after its fight, an arrest made in a raid, a country's name that opens an institution's,
/// and deaths told with the crowd's act after a headline. Texts written for these tests.</summary>
public class RaidsInstitutionsAndCrowdTollsTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Arms_the_troops_recovered_from_the_site_are_the_fight_s_aftermath()
    {
        const string text = "MANILA, March 3 - Philippine troops killed four communist rebels in a clash near the town of Kabankalan on Sunday, "
                            + "the army said.\n\n"
                            + "Troops recovered rifles and explosives from the site.";
        Events(text, "2025-03-03").ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Armed clash");
    }

    [Fact]
    public void Suspects_arrested_in_a_raid_were_arrested_not_fought()
    {
        const string text = "QUITO, March 7 - Police arrested four suspects, who they said belonged to the Los Lobos gang, in a raid in the city of "
                            + "Machala on Thursday.";
        var arrest = Events(text, "2025-03-07").ShouldHaveSingleItem();
        arrest.Codes.AcledSubEventType.ShouldBe("Arrests");
    }

    [Fact]
    public void A_country_s_name_that_opens_an_institution_s_is_no_actor()
    {
        const string text = "NAIROBI, July 7 - Police fired tear gas at protesters in Nairobi on Monday, witnesses said.\n\n"
                            + "The Kenya National Commission on Human Rights said it had recorded four deaths.";
        Events(text, "2025-07-07").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Kenya");
    }

    [Fact]
    public void Deaths_told_with_police_firing_on_protesters_are_the_protest_s_toll()
    {
        const string text = "At least 11 killed as Kenyan police clash with protesters\n\n"
                            + "NAIROBI, July 7 - At least 11 people were killed on Monday as Kenyan police fired live rounds and tear gas at "
                            + "protesters who took to the streets of Nairobi and other towns, a rights group said.\n\n"
                            + "Running battles broke out in the suburbs, where protesters burned tyres and threw stones, witnesses said.";
        var protest = Events(text, "2025-07-07").ShouldHaveSingleItem();
        protest.Fatalities.ShouldBe(11);
    }
}
