namespace Frontline.Tests.Events;

/// <summary>Buildings blown up, a headline that counts some of the dead, resistance forces, the funerals of those killed,
/// and what happened hours earlier. Texts written for these tests.</summary>
public class HeadlinesFuneralsAndEarlierHoursTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Buildings_blown_up_are_property_destroyed()
    {
        const string text = "NABLUS, West Bank, Feb 10 - Israeli forces blew up several buildings in the Balata refugee camp on Monday, residents said.";
        Events(text, "2025-02-10").ShouldContain(e => e.Codes.AcledSubEventType == "Looting/property destruction");
    }

    [Fact]
    public void A_headline_that_counts_some_of_the_dead_tells_the_lead_s_strike()
    {
        const string text = "Myanmar military air strike on school kills 20 children, witnesses say\n\n"
                            + "BANGKOK, May 13 - A Myanmar military jet bombed a school in a village in the central Sagaing region on Monday, killing "
                            + "20 students and two teachers, witnesses said.\n\n"
                            + "The strike hit the school in Oe Htein Kwin village in Tabayin township at around 10 a.m., a teacher said.";
        Events(text, "2025-05-13").ShouldHaveSingleItem().Fatalities.ShouldBe(22);
    }

    [Fact]
    public void Resistance_forces_who_captured_an_outpost_took_ground()
    {
        const string text = "BANGKOK, May 13 - Resistance forces said on Tuesday they had captured a military outpost near Monywa after two days "
                            + "of fighting.";
        Events(text, "2025-05-13").ShouldContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory"
                                                      && e.Actor1 != null && e.Actor1.Kind == Frontline.Core.Model.ActorKind.Rebel);
    }

    [Fact]
    public void Mourners_at_the_funerals_of_those_killed_are_no_toll()
    {
        const string text = "BEIRUT, Nov 19 - An Israeli air strike near Sidon killed 13 people on Tuesday evening, the health ministry said.\n\n"
                            + "Hundreds of mourners marched through the town on Wednesday during the funerals of those killed.";
        Events(text, "2025-11-19").ShouldNotContain(e => e.Fatalities >= 100);
    }

    [Fact]
    public void What_happened_hours_earlier_is_of_the_day_named_or_the_one_before()
    {
        const string text = "ISLAMABAD, Nov 11 - A suicide bomber killed 12 people outside a court in Islamabad on Tuesday, officials said.\n\n"
                            + "Hours earlier, security forces said they had repelled an attack by militants on a cadet college in Wana, killing two "
                            + "attackers.";
        var repelled = Events(text, "2025-11-11").Single(e => e.Location != null && e.Location.Name == "Wana");
        repelled.Date.Start.ShouldBe(new DateOnly(2025, 11, 10));
        repelled.Date.End.ShouldBe(new DateOnly(2025, 11, 11));
    }
}
