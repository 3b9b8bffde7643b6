namespace Frontline.Tests.Events;

/// <summary>A town pointed back at by the word the report named it with, a verb's bare form after "a", a town a province's
/// possessive owns, where a retreat heads, a movement's branch, a weapon before an adverb, what a relative clause's people
/// said, a toll "when" an act caused it, and a range of counts. Texts written for these tests.</summary>
public class BranchesRangesAndCausedTollsTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string BaraReport =
        "PORT SUDAN, Oct 27 - Sudan's paramilitary Rapid Support Forces said on Monday they had seized the town of Bara in North Kordofan "
        + "state, in a push toward the state capital El Obeid.\n\n"
        + "The army did not comment on the claim.\n\n"
        + "The Sudan Doctors Network, a medical group, said RSF fighters had killed at least 47 civilians, including women and children, "
        + "in house-to-house raids after entering the town.";

    [Fact]
    public void Killings_after_entering_the_town_happened_in_the_town_the_report_named_so()
    {
        var killing = Events(BaraReport, "2025-10-27").Single(e => e.Fatalities == 47);
        killing.Location.ShouldNotBeNull().Name.ShouldBe("Bārah");
    }

    [Fact]
    public void A_push_toward_a_city_is_the_aim_of_the_capture_not_an_advance_of_its_own()
    {
        Events(BaraReport, "2025-10-27").ShouldNotContain(e => e.Codes.AcledSubEventType == "Armed clash");
    }

    [Fact]
    public void A_protest_written_as_a_bare_noun_after_a_is_still_a_protest()
    {
        const string text = "PANAMA CITY, Nov 6 - Thousands of teachers joined a protest against a copper mining contract in Panama City on Monday.";
        Events(text, "2025-11-06").ShouldContain(e => e.Codes.AcledEventType == "Protests");
    }

    private const string MarteReport =
        "Islamic State fighters overrun army base in Borno's Marte\n\n"
        + "MAIDUGURI, May 13 - Islamic State West Africa Province (ISWAP) fighters overran a military base in the town of Marte on Monday, "
        + "killing five soldiers, military sources said.\n\n"
        + "The militants fought troops for several hours before the soldiers withdrew toward Dikwa, the sources said.\n\n"
        + "The army said its troops had repositioned and that air force jets later struck the insurgents in Marte, killing dozens of fighters.\n\n"
        + "Residents who fled to Dikwa said the militants had burned the base and several houses.";

    [Fact]
    public void A_town_after_its_province_s_possessive_is_a_place()
    {
        var analysis = Analysis.Run("ISWAP fighters attacked an army base in Borno's Marte on Monday.", "2025-05-13");
        analysis.Events.ShouldHaveSingleItem().Location.ShouldNotBeNull().Name.ShouldBe("Marte");
    }

    [Fact]
    public void Where_soldiers_withdrew_toward_is_not_where_they_fought()
    {
        Events(MarteReport, "2025-05-13").ShouldNotContain(e => e.Location != null && e.Location.Name == "Dikwa");
    }

    [Fact]
    public void A_movement_s_name_over_a_report_that_names_its_branch_is_the_branch()
    {
        var events = Events(MarteReport, "2025-05-13");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Islamic State");
        events.Count(e => e.Codes.AcledSubEventType is "Non-state actor overtakes territory" or "Armed clash"
                          && e.Actor1 != null && e.Actor1.Name == "Islamic State West Africa Province").ShouldBe(1);
    }

    [Fact]
    public void Jets_that_later_struck_carried_out_an_air_strike()
    {
        Events(MarteReport, "2025-05-13").ShouldContain(e => e.Codes.AcledSubEventType == "Air/drone strike"
                                                             && e.Actor1 != null && e.Actor1.Name == "Military Forces of Nigeria");
    }

    [Fact]
    public void What_people_who_fled_said_the_militants_burned_the_militants_burned()
    {
        var burning = Events(MarteReport, "2025-05-13").Single(e => e.Codes.AcledSubEventType == "Looting/property destruction");
        burning.Actor1.ShouldNotBeNull().Name.ShouldBe("Islamic State West Africa Province");
    }

    [Fact]
    public void Civilians_killed_when_shells_hit_homes_are_the_shelling_s_toll_not_the_clash_s_told_before()
    {
        const string text = "KABUL, Oct 15 - Afghan and Pakistani forces clashed along their border on Wednesday, with Taliban officials saying at "
                            + "least 12 civilians were killed and more than 100 wounded when Pakistani shells hit homes in Spin Boldak.";
        var events = Events(text, "2025-10-15");
        events.Single(e => e.Codes.AcledSubEventType == "Shelling/artillery/missile attack").Fatalities.ShouldBe(12);
        events.Where(e => e.Codes.AcledSubEventType == "Armed clash").ShouldAllBe(e => e.Fatalities == null);
    }

    [Fact]
    public void A_range_of_dead_counts_its_lower_bound()
    {
        const string text = "ISLAMABAD, Oct 15 - Pakistani troops repelled attacks on border posts near Chaman on Wednesday and killed "
                            + "around 15 to 20 Afghan Taliban fighters, the military said.";
        Events(text, "2025-10-15").ShouldContain(e => e.Fatalities == 15);
    }
}
