using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Acts blamed on a group, bombers who are people, places that name a leader's remit,
/// men armed with guns or with sticks, attempts that kill no one, and acts only named as what will not be tolerated.
/// Texts written for these tests.</summary>
public class BlameAndBystanderTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void An_act_blamed_on_a_group_is_the_group_s_not_the_blamer_s()
    {
        const string text = "NAIROBI, May 4 (Reuters) - A bomb exploded at a bus station in Mandera on Saturday, killing four people, in an attack "
                            + "that police blamed on a group linked to al Shabaab.\n\n"
                            + "The county governor blamed the bombing on al Shabaab militants.";
        var bombing = Events(text, "2024-05-04").Single(e => e.Codes.AcledEventType == "Explosions/Remote violence");
        bombing.Actor1!.Name.ShouldContain("Shabaab");
        bombing.Fatalities.ShouldBe(4);
    }

    [Fact]
    public void A_bomber_who_sets_off_explosives_is_a_person_not_an_aircraft()
    {
        const string text = "KAMPALA, Nov 16 (Reuters) - One bomber detonated explosives at a checkpoint near the central police station in "
                            + "Kampala on Tuesday, police said.";
        Events(text, "2021-11-16").ShouldNotContain(e => e.Codes.AcledSubEventType == "Air/drone strike");
    }

    [Fact]
    public void A_place_that_names_what_a_leader_leads_is_no_scene()
    {
        const string text = "DUBAI, Sept 9 (Reuters) - Israel carried out an air strike on Hamas leaders in the Qatari capital Doha on Tuesday.\n\n"
                            + "Hamas said five of its members were killed, including the son of its exiled Gaza chief.";
        var events = Events(text, "2025-09-09");
        events.ShouldNotContain(e => e.Location!.Name.Contains("Gaza"));
        events.Single(e => e.Codes.AcledSubEventType == "Air/drone strike").Fatalities.ShouldBe(5);
    }

    [Fact]
    public void Men_armed_with_guns_are_an_armed_group_and_men_with_sticks_a_mob()
    {
        const string guns = "HANOI, June 12 (Reuters) - Groups of men armed with guns and knives stormed two commune offices in Dak Lak "
                            + "province early on Sunday, police said.";
        var stormed = Events(guns, "2023-06-12").Single();
        stormed.Actor1!.Kind.ShouldNotBe(ActorKind.Rioters);
        stormed.Codes.AcledEventType.ShouldNotBe("Riots");

        const string sticks = "MADRID, July 15 (Reuters) - Groups of hooded men armed with sticks attacked migrants and their shops in the "
                              + "town of Torre Pacheco on Monday night, police said.";
        Events(sticks, "2025-07-15").Single().Codes.AcledSubEventType.ShouldBe("Mob violence");
    }

    [Fact]
    public void An_attempt_to_kill_is_no_death()
    {
        const string text = "SIDON, Lebanon, July 31 (AP) - The fighting in the camp began on Saturday night after a gunman tried to kill an "
                            + "Islamist militant.";
        Events(text, "2023-07-31").ShouldNotContain(e => e.Fatalities > 0);
    }

    [Fact]
    public void Attacks_named_as_what_will_not_be_tolerated_are_no_event()
    {
        const string text = "MADRID, July 15 (Reuters) - Prime Minister Pedro Sanchez said the government would not tolerate attacks on migrants.";
        Events(text, "2025-07-15").ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void A_faction_of_a_group_that_claims_an_attack_names_the_group()
    {
        const string text = "PESHAWAR, March 5 (Reuters) - Gunmen stormed a police post in Bannu on Tuesday, killing three officers.\n\n"
                            + "A faction of the Pakistani Taliban claimed responsibility for the attack.";
        var attack = Events(text, "2025-03-05").Single(e => e.Fatalities == 3);
        attack.Actor1!.Name.ShouldContain("Taliban");
    }
}
