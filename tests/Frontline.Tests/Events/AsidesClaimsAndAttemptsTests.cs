using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A neighbouring city told after the act, state paramilitary troops, a past told as weeks before, a boast that
/// meets the lead's toll, an aside about the subject, an attempt stopped, what a base is used for, a scene told
/// "further south" and a withdrawal placed only by what came before. Texts written for these tests.</summary>
public class AsidesClaimsAndAttemptsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_neighbouring_city_named_after_the_act_does_not_move_it()
    {
        Events("Two killed as driver ploughs into crowd in German city of Mannheim\n\n"
               + "BERLIN, March 4 - A man drove a car into a crowd of people in the centre of Mannheim on Monday, killing two people, police said.\n\n"
               + "Several carnival events in the neighbouring city of Ludwigshafen were cancelled after the attack.", "2025-03-04")
            .Single(Analysis.Violent).Location!.Name.ShouldBe("Mannheim");
    }

    private const string Noshki =
        "Suicide bomber hits paramilitary convoy in Pakistan's Balochistan\n\n"
        + "QUETTA, March 17 - A suicide bomber rammed an explosives-laden car into a bus carrying paramilitary troops near the town of Dalbandin on "
        + "Sunday, killing five people, officials said.\n\n"
        + "The separatist Balochistan Liberation Army claimed responsibility and said its fighters had killed 90 soldiers.\n\n"
        + "The attack came less than a week after the group's fighters seized a passenger train in Balochistan, in a siege that ended with at least "
        + "26 hostages killed.";

    [Fact]
    public void A_boast_meets_the_leads_toll_and_paramilitary_troops_are_the_states()
    {
        var bombing = Events(Noshki, "2025-03-17").Single(Analysis.Violent);
        bombing.Fatalities.ShouldBe(5);
        bombing.Actor1!.Name.ShouldBe("Balochistan Liberation Army");
        bombing.Actor2!.Name.ShouldBe("Military Forces of Pakistan");
    }

    [Fact]
    public void What_an_act_came_weeks_after_is_its_background()
    {
        Events(Noshki, "2025-03-17").ShouldNotContain(e => e.Fatalities == 26);
    }

    [Fact]
    public void An_act_told_in_an_aside_about_the_subject_is_who_the_subject_is()
    {
        Events("The M23, which seized the eastern cities of Goma and Bukavu in the past month, did not comment on the drones.", "2025-02-20")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    [Fact]
    public void An_attempt_stopped_is_the_weapons_stopped_and_a_bases_use_is_no_act()
    {
        var events = Events("KINSHASA, Feb 20 - Congo's army said on Thursday it had shot down several drones that tried to attack the airport in "
                            + "Kisangani, which the army has used as a base for its own drone operations against the rebels.", "2025-02-20");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Disrupted weapons use");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Explosions/Remote violence" || e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void A_capture_told_further_south_in_a_town_the_gazetteer_lacks_is_not_placed_by_the_paragraph_before()
    {
        var capture = Events("KINSHASA, Feb 20 - Congo's army said it had shot down several drones over the airport in Kisangani on Wednesday.\n\n"
                             + "Further south, M23 fighters took control of the town of Kamanyola on Wednesday after Congolese troops pulled back, residents said.",
                "2025-02-20")
            .Single(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory");
        capture.Location!.Name.ShouldNotBe("Kisangani");
    }
}
