namespace Frontline.Tests.Events;

/// <summary>Violence that "erupted", arrests in each town of a list, what a later act "came days after", a headline's place
/// that only its toll ties to the body's, and a headline's teller. Texts written for these tests.</summary>
public class EruptionsListsAndHeadlineTollsTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void People_killed_when_violence_erupted_were_killed_in_political_violence_not_a_disaster()
    {
        const string text = "DHAKA, Sept 29 - Three people were killed when violence erupted between protesters and settlers in Khagrachari "
                            + "district on Sunday, officials said.";
        Events(text, "2025-09-29").ShouldContain(e => e.Fatalities == 3);
    }

    [Fact]
    public void Arrests_in_each_town_of_a_list_are_an_event_at_each()
    {
        const string text = "DUBAI, Aug 31 - Yemen's Houthi movement detained at least 11 United Nations staff members in raids on U.N. offices in "
                            + "the capital Sanaa and the port city of Hodeidah on Sunday, the U.N. envoy said.";
        Events(text, "2025-08-31").Count(e => e.Codes.AcledSubEventType == "Arrests").ShouldBe(2);
    }

    [Fact]
    public void What_a_later_act_came_days_after_happened_days_before()
    {
        const string text = "DUBAI, Aug 31 - Yemen's Houthi movement detained 11 United Nations staff members in Sanaa on Sunday, the U.N. said.\n\n"
                            + "The raids came days after an Israeli air strike in Sanaa killed the Houthi-run government's prime minister.";
        var strike = Events(text, "2025-08-31").Single(e => e.Codes.AcledSubEventType == "Air/drone strike");
        strike.Date.End.ShouldBeLessThan(new DateOnly(2025, 8, 31));
    }

    [Fact]
    public void A_headline_whose_place_only_the_toll_ties_to_the_body_takes_the_body_s_place()
    {
        const string text = "Three killed in ethnic clashes in Bangladesh's Chittagong Hill Tracts\n\n"
                            + "DHAKA, Sept 29 - Three people were killed in the Guimara area of Khagrachari district on Sunday, officials said.";
        var killing = Events(text, "2025-09-29").ShouldHaveSingleItem();
        killing.Location!.Name.ShouldBe("Khagrachhari");
    }

    [Fact]
    public void A_country_whose_word_opens_a_headline_is_its_teller_not_the_side_the_ambush_befell()
    {
        const string text = "Niger says 34 soldiers killed in ambush near Malian border\n\n"
                            + "NIAMEY, June 20 - Gunmen ambushed an army unit near the town of Tera on Thursday, killing 34 soldiers, the defence "
                            + "ministry said.";
        var ambush = Events(text, "2025-06-20").ShouldHaveSingleItem();
        ambush.Actor2.ShouldNotBeNull().Name.ShouldBe("Military Forces of Niger");
    }
}
