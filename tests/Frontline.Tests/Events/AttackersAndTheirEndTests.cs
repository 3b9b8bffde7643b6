using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Who a lone attacker is and how the act ends: a name inside the attacker's relative clause, the police shooting
/// the attacker, the name a report gives the act, one more victim joined to a count, a suicide bomber acting for the group
/// blamed, a device that exploded, who is said to be behind the act, a government named by its seat, "he" after "police
/// said", where an attacker's family came from, a police officer among the wounded. Texts written for these tests.</summary>
public class AttackersAndTheirEndTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_group_named_inside_the_attackers_relative_clause_is_not_the_attacker()
    {
        const string text = "SIDON, Lebanon, Feb 9 (Reuters) - A gunman who had once trained with Hezbollah killed two guards at a bank in "
                            + "Sidon on Friday, police said.";
        var attack = Events(text, "2024-02-09").Single();
        attack.Actor1!.Name.ShouldNotBe("Hezbollah");
        attack.Fatalities.ShouldBe(2);
    }

    [Fact]
    public void Police_shooting_the_attacker_dead_ends_the_attack_and_is_not_its_author()
    {
        const string text = "LYON, France, May 10 (Reuters) - A man stabbed three people to death at a market in Lyon on Friday before police "
                            + "shot him dead, prosecutors said.\n\n"
                            + "Officers shot him dead minutes after the first call, the prosecutor said.";
        var attack = Events(text, "2024-05-10").Single();
        (attack.Actor1?.Kind).ShouldNotBe(ActorKind.Police);
        attack.Fatalities.ShouldBe(3);
    }

    [Fact]
    public void The_name_a_report_gives_the_act_does_not_date_it()
    {
        const string text = "OSLO, June 26 (Reuters) - A gunman killed two people outside a bar in Oslo on Saturday night, police said on "
                            + "Sunday, calling the shooting an Islamist terror attack.";
        Events(text, "2022-06-26").Single().Date.ShouldBe(DateInterval.Day(Analysis.Day("2022-06-25")));
    }

    [Theory]
    [InlineData("killing two soldiers and a civilian", 3)]
    [InlineData("killing five Israelis and the Bulgarian driver", 6)]
    [InlineData("killing two soldiers and three civilians", 5)]
    public void One_person_joined_to_a_count_is_one_more_dead(string toll, int dead)
    {
        var text = $"KABUL, May 3 (Reuters) - A bomb exploded on a bus in Kabul on Monday, {toll}, officials said.";
        Events(text, "2021-05-03").Single().Fatalities.ShouldBe(dead);
    }

    [Fact]
    public void A_device_that_exploded_is_no_actor_and_no_country_did_it()
    {
        const string text = "SOFIA, July 19 (Reuters) - Bulgaria's interior minister said the attack on a bus in Burgas on Wednesday was "
                            + "carried out by a man who had been walking around the bus for an hour before it exploded.";
        Events(text, "2012-07-19").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Bulgaria");
    }

    [Fact]
    public void Who_is_said_to_be_behind_the_act_told_before_is_an_accusation_not_a_new_act()
    {
        const string text = "SOFIA, July 19 (Reuters) - A bomb exploded on a bus carrying tourists in Burgas on Wednesday, killing six "
                            + "people, officials said.\n\n"
                            + "Israel's prime minister said Iran was behind the attack.";
        Events(text, "2012-07-19").Count(e => e.Codes.AcledEventType != null).ShouldBe(1);
    }

    [Fact]
    public void A_capital_named_as_where_a_government_sits_is_no_scene()
    {
        const string text = "JERUSALEM, Sept 2 (Reuters) - Hundreds of exiles opposed to the government in Asmara clashed with police in "
                            + "south Tel Aviv on Saturday.";
        Events(text, "2023-09-02").ShouldAllBe(e => e.Location != null && e.Location.CountryIso2 == "IL");
    }

    [Fact]
    public void He_after_police_said_is_the_attacker_not_the_police()
    {
        const string text = "PRAGUE, Dec 22 (Reuters) - A student gunman killed 14 people at a university in Prague on Thursday.\n\n"
                            + "Police said he had killed his father earlier on Thursday in the town of Beroun, west of the capital.";
        var father = Events(text, "2023-12-22").Single(e => e.Fatalities == 1);
        (father.Actor1?.Kind).ShouldNotBe(ActorKind.Police);
    }

    [Fact]
    public void Where_an_attackers_family_came_from_is_no_scene_and_an_officer_among_the_wounded_no_author()
    {
        const string text = "VIENNA, Nov 3 (Reuters) - The attacker, an Austrian with roots in North Macedonia, opened fire on people "
                            + "outside bars in Vienna on Monday night. Twenty-two people were wounded, among them a police officer.";
        var events = Events(text, "2020-11-03");
        events.ShouldAllBe(e => e.Location != null && e.Location.CountryIso2 == "AT");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Police);
    }
}
