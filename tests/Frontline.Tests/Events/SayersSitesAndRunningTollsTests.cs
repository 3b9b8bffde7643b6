using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Who tells of a strike and who made it, crowds gathered for no protest, what is seen at a scene, a war's running
/// toll, the attackers killed by the side they attacked, the force a crowd met, and a site named after a person. Texts
/// written for these tests.</summary>
public class SayersSitesAndRunningTollsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_governor_who_says_rockets_hit_did_not_fire_them()
    {
        const string text = "KYIV, May 2 (Reuters) - Oleh Syniehubov, governor of the Kharkiv region, said two rockets hit a school in Kharkiv "
                            + "on Thursday.";
        Events(text, "2024-05-02").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Government);
    }

    [Fact]
    public void A_crowd_gathered_to_be_evacuated_is_no_protest()
    {
        const string text = "KYIV, May 2 (Reuters) - A missile struck the bus station in Sloviansk on Thursday, where hundreds of people had "
                            + "gathered to be evacuated, killing 12, officials said.";
        var events = Events(text, "2024-05-02");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
        events.Count.ShouldBe(1);
    }

    [Fact]
    public void Police_who_were_to_be_deployed_are_still_a_deployment()
    {
        const string text = "PARIS, June 30 (Reuters) - About 40,000 police officers were to be deployed across France on Friday night after "
                            + "a third night of rioting.";
        Events(text, "2023-06-30").ShouldContain(e => e.Codes.AcledSubEventType == "Change to group/activity");
    }

    [Fact]
    public void What_lies_next_to_the_dead_is_no_act()
    {
        const string text = "KYIV, May 2 (Reuters) - A missile killed nine people at the bus station in Sloviansk on Thursday.\n\n"
                            + "Photographs showed bodies next to abandoned bags, and the remains of a missile on the platform.";
        var events = Events(text, "2024-05-02");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Change to group/activity" || e.Codes.AcledSubEventType == "Non-violent transfer of territory");
        events.Count(Analysis.Violent).ShouldBe(1);
    }

    [Fact]
    public void The_side_that_fired_the_missile_told_later_is_its_author()
    {
        const string text = "BAKU, Oct 17 (Reuters) - A missile hit a block of flats in Mingachevir early on Saturday, killing four people, "
                            + "officials said.\n\nAzerbaijan's defence ministry said Armenian forces had fired the missile.";
        Events(text, "2020-10-17").Single(Analysis.Violent).Actor1!.Name.ShouldBe("Military Forces of Armenia");
    }

    [Fact]
    public void A_wars_running_toll_is_no_event_of_the_report()
    {
        const string text = "BAKU, Oct 17 (Reuters) - A missile hit a block of flats in Mingachevir early on Saturday, killing four people, "
                            + "officials said.\n\nHundreds of people have been killed since fighting broke out on Sept. 27.";
        var strike = Events(text, "2020-10-17").Single();
        strike.Fatalities.ShouldBe(4);
    }

    [Fact]
    public void Attackers_the_security_forces_killed_are_dead_of_the_same_fight()
    {
        const string text = "Gunmen kill six in siege of Irbid police station\n\nAMMAN, May 9 (Reuters) - Gunmen attacked a police station in "
                            + "Irbid on Monday, killing six policemen, officials said.\n\nSecurity forces stormed the building after a standoff of "
                            + "several hours and killed three gunmen, the Public Security Directorate said.";
        var fight = Events(text, "2025-05-09").Single(Analysis.Violent);
        fight.Fatalities.ShouldBe(9);
    }

    [Fact]
    public void Soldiers_beating_people_after_firing_on_a_protest_are_that_protests_force()
    {
        const string text = "LUSAKA, Aug 2 (Reuters) - Soldiers opened fire on opposition supporters protesting in central Lusaka on "
                            + "Wednesday, killing two people, police said.\n\nHundreds of supporters had gathered outside the electoral "
                            + "commission, burning tyres and throwing stones.\n\nWitnesses said soldiers beat people with batons and rifle butts.";
        Events(text, "2025-08-02").ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void A_site_named_after_a_person_is_no_sound_alike_town()
    {
        const string text = "ISTANBUL, March 23 (Reuters) - Protesters threw stones at riot police who blocked their way to the Aqueduct of "
                            + "Valens on Saturday night.";
        Events(text, "2025-03-23").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "VE");
    }
}
