namespace Frontline.Tests.Events;

/// <summary>Bodies laid on a road, where a carried thing came from, what befell those a funeral or vigil is for, who holds
/// ground told in the present, a party people gathered for, the day "the attack" is told on, adults counted with children,
/// and visiting relatives. Texts written for these tests.</summary>
public class MournersCarriersAndHoldersTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Bodies_laid_on_a_road_are_a_protest_where_the_road_is()
    {
        const string text = "PESHAWAR, Pakistan, May 20 (Reuters) - Hundreds of residents placed the victims' bodies on the main road in Bannu "
                            + "on Tuesday, demanding an investigation, a local elder said.";
        var protest = Events(text, "2025-05-20").ShouldHaveSingleItem();
        protest.Codes.AcledEventType.ShouldBe("Protests");
        protest.Location!.Name.ShouldBe("Bannu");
    }

    [Fact]
    public void Where_a_plane_carried_something_from_is_not_where_a_crowd_stormed_it()
    {
        const string text = "NAIROBI, Oct 16 (Reuters) - Thousands of supporters stormed the tarmac at Jomo Kenyatta International Airport on "
                            + "Thursday as the plane carrying the leader's body from India landed, witnesses said.";
        Events(text, "2025-10-16").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "IN");
    }

    [Fact]
    public void What_befell_those_a_funeral_or_vigil_is_for_is_no_act_of_the_report()
    {
        const string funeral = "DUBAI, June 30 (Reuters) - Thousands attended a state funeral in Tehran on Saturday for commanders killed in "
                               + "Israeli strikes.";
        Events(funeral, "2025-06-30").ShouldBeEmpty();
        const string vigil = "BELFAST (Reuters) - Hundreds attended a vigil in Ballymena on Monday for a girl allegedly assaulted in the town.";
        Events(vigil, "2025-06-12").ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void Who_holds_ground_in_the_present_is_no_takeover()
    {
        const string text = "PORT-AU-PRINCE, Sept 22 (AP) — Gangs led by Viv Ansanm attacked a police station in Port-au-Prince on Saturday, "
                            + "police said.\n\n"
                            + "Gangs control about 90% of Port-au-Prince, the United Nations says.";
        var attack = Events(text, "2025-09-22").ShouldHaveSingleItem();
        attack.Codes.AcledSubEventType.ShouldBe("Armed clash");
    }

    [Fact]
    public void A_party_is_no_protest_the_attack_told_again_dates_the_strike_and_adults_add_to_children()
    {
        const string text = "PORT-AU-PRINCE, Sept 22 (AP) — A drone strike in Port-au-Prince killed eight children and three adults, a rights "
                            + "group said Monday.\n\n"
                            + "The attack happened Saturday night in the capital, where residents had gathered for a birthday party.";
        var strike = Events(text, "2025-09-22").ShouldHaveSingleItem();
        strike.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
        strike.Fatalities.ShouldBe(11);
        strike.Date.Start.ShouldBe(Analysis.Day("2025-09-20"));
    }

    [Fact]
    public void Visiting_relatives_make_no_visit()
    {
        const string text = "DUBAI, June 30 (Reuters) - An air strike on a prison in Tehran killed 71 people, including guards, inmates and visiting "
                            + "relatives, the judiciary said on Sunday.";
        Events(text, "2025-06-30").ShouldNotContain(e => e.Codes.PloverType == "CONSULT" || e.Summary.Contains("visited"));
    }
}
