namespace Frontline.Tests.Events;

/// <summary>A state school's people, a site in a town the gazetteer lacks, the hospital the wounded were taken to, a bomber
/// who struck, a crowd reacting to an act, a capture after a withdrawal and the fight for it, the same dead counted by another
/// teller, and victims tied to a side they are not. Texts written for these tests.</summary>
public class SchoolsRecountsAndReactionsTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void The_government_that_runs_a_school_is_no_side_in_an_abduction_from_it()
    {
        const string text = "GUSAU, June 6 - Gunmen stormed a government secondary school in Nigeria's Zamfara state on Friday and abducted 40 "
                            + "pupils, police said.";
        var abduction = Events(text, "2025-06-06").ShouldHaveSingleItem();
        abduction.Codes.AcledSubEventType.ShouldBe("Abduction/forced disappearance");
        abduction.Actor2?.Name.ShouldNotBe("Government of Nigeria");
    }

    [Fact]
    public void A_site_in_a_town_the_gazetteer_lacks_is_not_in_the_dateline_s_town()
    {
        const string text = "ABUJA, March 3 - Gunmen abducted 15 patients from a clinic in Nigeria's Kogi state on Sunday, police said.\n\n"
                            + "The attackers exchanged fire with police at the Holy Cross Hospital in Ikpobirani before escaping, police said.";
        Events(text, "2025-03-03").ShouldNotContain(e => e.Location != null && e.Location.Name == "Abuja");
    }

    [Fact]
    public void The_town_of_the_hospital_the_wounded_were_taken_to_is_not_where_they_were_hurt()
    {
        Events(BomberText, "2025-10-06").ShouldNotContain(e => e.Location != null && e.Location.Name.StartsWith("Maz", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bomber_who_struck_is_a_person_not_an_aircraft()
    {
        Events(BomberText, "2025-10-06").ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Suicide bomb");
    }

    private const string BomberText = "KABUL, Oct 6 - A suicide bomber killed six people at a market in Kunduz on Monday, officials said.\n\n"
                                      + "The market was crowded with shoppers when the bomber struck, a witness said. Dozens of people were wounded "
                                      + "and were taken to a military hospital in Mazar-i-Sharif.";

    [Fact]
    public void A_crowd_gathered_to_condemn_the_bombing_is_no_earlier_than_the_bombing()
    {
        const string text = "PESHAWAR, May 21 - A car bomb killed seven people near a police station in Bannu on Wednesday, officials said.\n\n"
                            + "Separately, gunmen killed a policeman at a checkpoint in Lakki Marwat late on Tuesday, police said. In Peshawar, "
                            + "hundreds of people rallied outside the press club to condemn the bombing.";
        var rally = Events(text, "2025-05-21").Single(e => e.Codes.AcledEventType == "Protests");
        rally.Date.Start.ShouldBe(new DateOnly(2025, 5, 21));
    }

    [Fact]
    public void A_capture_after_troops_withdrew_is_a_battle_when_the_next_paragraph_tells_the_fight_for_it()
    {
        const string text = "MOGADISHU, April 16 - Al Shabaab militants captured the town of Mahaas in central Somalia on Wednesday after "
                            + "government troops withdrew, residents said.\n\n"
                            + "The militants attacked the army base in the town before dawn and fighting lasted several hours, a resident said.";
        var events = Events(text, "2025-04-16");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Non-violent transfer of territory");
    }

    [Fact]
    public void The_same_dead_counted_by_another_teller_are_not_added()
    {
        const string text = "MOGADISHU, April 16 - Al Shabaab fighters attacked an army base in Hiran region on Wednesday, residents said.\n\n"
                            + "Al Shabaab said that its fighters had killed dozens of soldiers. A military official said nine soldiers had been killed.";
        Events(text, "2025-04-16").ShouldContain(e => e.Fatalities == 9);
        Events(text, "2025-04-16").ShouldNotContain(e => e.Fatalities == 21);
    }

    [Fact]
    public void Civilians_accused_of_collaborating_with_the_army_are_civilians()
    {
        const string text = "KHARTOUM, May 2 - Fighters of the Rapid Support Forces killed 40 civilians they accused of collaborating with the "
                            + "army in Bara on Thursday, residents said.";
        Events(text, "2025-05-02").ShouldContain(e => e.Codes.AcledSubEventType == "Attack" && e.Fatalities == 40);
    }
}
