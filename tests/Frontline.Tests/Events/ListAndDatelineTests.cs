using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Coordinated attacks on a list of towns (some the gazetteer lacks), reports filed from a neighbour's capital,
/// groups named in an apposition, mourners who make demands, sounds heard by residents, a new day that opens a paragraph,
/// provinces named in a list, squares named for a province, and a takeover followed by killings. Texts written for these
/// tests.</summary>
public class ListAndDatelineTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string ArmyPosts =
        "NIAMEY, March 2 (Reuters) - Islamist militants attacked army posts in Djibo, Nassoumbou, Titao and Sebba in northern Burkina Faso "
        + "near the border with Niger on Sunday, and soldiers repelled them, the army said.";

    [Fact]
    public void Attacks_on_a_list_of_towns_are_an_event_at_each_town_the_gazetteer_knows()
    {
        var battles = Events(ArmyPosts, "2025-03-02").Where(e => e.Codes.AcledEventType == "Battles").ToList();
        battles.Select(e => e.Location!.Name).Order().ShouldBe(["Djibo", "Sebba", "Titao"]);
    }

    [Fact]
    public void A_report_filed_from_a_neighbour_s_capital_names_the_forces_of_the_country_it_tells_of()
    {
        var battles = Events(ArmyPosts, "2025-03-02").Where(e => e.Codes.AcledEventType == "Battles").ToList();
        battles.ShouldAllBe(e => e.Actor2 != null && e.Actor2.Country3 == "BFA");
        // The soldiers who repelled the attack fought it: no battle of their own.
        battles.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.StateMilitary);
    }

    private const string ChurchBombing =
        "BEIRUT, June 23 (Reuters) - A suicide bomber blew himself up inside a church in Aleppo during Sunday mass, killing 12 people, "
        + "the health ministry said.\n\n"
        + "The interior ministry said the attacker, a member of Islamic State, had entered the church with a gun before detonating an "
        + "explosive vest.\n\n"
        + "Hundreds of Christians gathered outside the church on Monday to mourn the victims and demand better protection.";

    [Fact]
    public void The_group_an_attacker_is_said_to_be_a_member_of_is_the_author()
    {
        var bombing = Events(ChurchBombing, "2025-06-23").Single(e => e.Codes.AcledSubEventType == "Suicide bomb");
        bombing.Actor1!.Name.ShouldBe("Islamic State");
    }

    [Fact]
    public void Mourners_who_gather_to_demand_something_protest()
    {
        var protest = Events(ChurchBombing, "2025-06-23").Single(e => e.Codes.AcledEventType == "Protests");
        protest.Codes.AcledSubEventType.ShouldBe("Peaceful protest");
        protest.Date.Start.ShouldBe(new DateOnly(2025, 6, 23));
    }

    private const string GunfireHeard =
        "BAMAKO, Aug 4 (Reuters) - Jihadist fighters attacked an army camp in Gao on Monday, the army said.\n\n"
        + "Residents in Gao, the regional capital, said they heard heavy gunfire for several hours near the governor's residence.";

    [Fact]
    public void Residents_who_heard_gunfire_did_not_riot()
    {
        var events = Events(GunfireHeard, "2025-08-04");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Riots");
        events.ShouldNotContain(e => e.Actor1 != null && (e.Actor1.Kind == ActorKind.Rioters || e.Actor1.Kind == ActorKind.Civilians));
    }

    private const string OilfieldDrones =
        "ERBIL, Iraq, July 15 (Reuters) - Drones struck two oilfields in Iraq's Kurdistan region on Tuesday, officials said.\n\n"
        + "One drone hit a field in Duhok province, and another hit a field in Erbil province, the ministry of natural resources said.\n\n"
        + "No group claimed responsibility.\n\n"
        + "On Monday, a drone crashed near Erbil airport without causing damage, officials said.";

    [Fact]
    public void A_paragraph_that_opens_on_another_day_tells_another_act()
    {
        var strikes = Events(OilfieldDrones, "2025-07-15").Where(e => e.Codes.AcledSubEventType == "Air/drone strike").ToList();
        strikes.ShouldContain(e => e.Date.Start == new DateOnly(2025, 7, 14));
        strikes.Count(e => e.Date.Start == new DateOnly(2025, 7, 15)).ShouldBeGreaterThanOrEqualTo(2);
    }

    private const string CoastFighting =
        "DAMASCUS, March 8 (Reuters) - Fighting between government forces and gunmen loyal to the former regime killed more than 100 "
        + "people in the coastal provinces of Latakia and Tartus on Thursday, a war monitor said.\n\n"
        + "The clashes began on Thursday when gunmen ambushed a patrol near Jableh, killing 9 members of the security forces.\n\n"
        + "Government forces regained control of Jableh on Friday after heavy fighting, state media said.";

    [Fact]
    public void Provinces_named_in_a_list_after_their_word_are_provinces_and_their_toll_is_not_a_town_s()
    {
        var events = Events(CoastFighting, "2025-03-08");
        var fighting = events.Single(e => e.Fatalities == 100);
        fighting.Location!.Precision.ShouldBe(PlacePrecision.Admin1);
        events.ShouldContain(e => e.Fatalities == 9 && e.Location!.Name == "Jablah");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Government regains territory" && e.Fatalities == null);
    }

    [Fact]
    public void A_square_named_for_a_province_is_no_scene_of_its_own()
    {
        const string text = "LIMA, Oct 16 (Reuters) - A man was shot dead during protests in Lima on Wednesday night, officials said.\n\n"
                            + "The ombudsman's office said he died of a gunshot wound near the Plaza San Martin.";
        Events(text, "2025-10-16").ShouldAllBe(e => e.Location!.Name == "Lima");
    }

    [Fact]
    public void A_takeover_and_the_killing_of_civilians_after_it_are_two_events()
    {
        const string text = "CAIRO, Oct 27 (Reuters) - Sudan's paramilitary Rapid Support Forces said on Sunday they had taken control of "
                            + "El Fasher after an 18-month siege.\n\n"
                            + "Local activists said the RSF killed dozens of civilians as they fled the city.";
        var events = Events(text, "2025-10-27");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory");
        events.ShouldContain(e => e.Codes.AcledEventType == "Violence against civilians");
    }
}
