using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Who found the dead, a mine dug for gold, an act told "elsewhere" on the lead's day, a country a railway line leads
/// to. Texts written for these tests.</summary>
public class FindersMinesAndElsewhereTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Who_found_the_dead_did_not_kill_them()
    {
        const string text = "Bolivia finds bodies of nine kidnapped miners\n\n"
                            + "LA PAZ, June 2 (Reuters) - Police found the bodies of nine miners who had been kidnapped by an armed gang, officials said.";
        Events(text, "2025-06-02").ShouldNotContain(e => e.Actor1 != null && (e.Actor1.Name == "Bolivia" || e.Actor1.Kind == ActorKind.Police));
    }

    [Fact]
    public void A_mine_dug_for_gold_is_no_weapon()
    {
        const string text = "LIMA, June 2 (Reuters) - The bodies of nine guards were found inside a mine shaft in northern Peru on Sunday, police said.";
        Events(text, "2025-06-02").ShouldNotContain(e => e.Codes.AcledEventType == "Explosions/Remote violence"
                                                         || e.Codes.AcledSubEventType == "Disrupted weapons use");
    }

    [Fact]
    public void An_act_told_elsewhere_with_no_day_of_its_own_is_on_the_leads_day()
    {
        const string text = "CAIRO, June 3 (Reuters) - Israeli strikes on a school in Gaza City killed 12 people on Monday, medics said.\n\n"
                            + "The Israeli military said it had targeted militants.\n\n"
                            + "The school sheltered displaced families.\n\n"
                            + "Elsewhere in Gaza, an Israeli drone strike on a tent in Khan Younis killed three people, medics said.";
        var tent = Events(text, "2025-06-03").Single(e => e.Fatalities == 3);
        tent.Date.Start.ShouldBe(new DateOnly(2025, 6, 2));
    }

    [Fact]
    public void A_country_a_railway_line_leads_to_is_no_scene()
    {
        const string text = "WARSAW, Nov 17 (Reuters) - An explosion damaged a railway line to Ukraine on Sunday, officials said.";
        Events(text, "2025-11-17").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "UA");
    }
}
