using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>"take the town of", fires set to homes and buildings, what attackers burn in their attack, the victims' aside
/// before a new clause's subject, a person's past told between commas, and perpetrators as an unnamed group. Texts written
/// for these tests.</summary>
public class TakeoversFiresAndAsidesTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Troops_that_take_the_town_of_a_place_capture_it()
    {
        const string text = "KYIV, Aug 13 (Reuters) - Russian troops took the town of Kupiansk on Wednesday, Ukrainian officials said.";
        var capture = Events(text, "2022-08-13").Single();
        capture.Codes.AcledEventType.ShouldBe("Battles");
        capture.Location!.Name.ShouldBe("Kupiansk");
    }

    [Fact]
    public void Setting_homes_on_fire_is_an_act()
    {
        const string text = "BISHKEK, June 12 (Reuters) - Gangs armed with iron bars set homes on fire in Jalal-Abad on Saturday, witnesses said.";
        Events(text, "2010-06-12").ShouldNotBeEmpty();
    }

    [Fact]
    public void What_attackers_set_on_fire_in_their_attack_is_part_of_it()
    {
        const string text = "KINGSTON, May 24 (Reuters) - On Sunday, gunmen attacked several police stations in Kingston and set one on fire, "
                            + "police said.";
        Events(text, "2010-05-24").Count(e => e.Codes.AcledEventType != null).ShouldBe(1);
    }

    [Fact]
    public void The_victims_aside_does_not_join_a_later_subject()
    {
        const string text = "BUDAPEST, Sept 19 (Reuters) - About 150 people, most of them police officers, were injured as rioters threw stones.";
        Events(text, "2006-09-19").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Police);
    }

    [Fact]
    public void What_a_person_did_told_between_commas_is_who_they_are_not_news()
    {
        const string text = "PARIS, Aug 13 (Reuters) - French President Nicolas Sarkozy, who brokered the ceasefire, urged both sides to "
                            + "respect it on Wednesday.";
        Events(text, "2008-08-13").ShouldNotContain(e => e.Codes.AcledSubEventType == "Agreement");
    }

    [Fact]
    public void Perpetrators_are_an_unnamed_armed_group()
    {
        const string text = "On 8 May 2020, in Los Alamos (Biobio), perpetrators threatened the drivers with guns before setting two trucks on fire.";
        Events(text, "2020-05-15").ShouldContain(e => e.Actor1 != null && e.Actor1.Name.StartsWith("Unidentified Armed Group"));
    }
}
