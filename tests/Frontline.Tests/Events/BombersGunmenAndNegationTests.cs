namespace Frontline.Tests.Events;

/// <summary>A bomber told with an article, armed men counted as they act, "then" between a subject and its verb, what
/// "without" governs, who an act is "by", and sites and homes that are no scene. Texts written for these tests.</summary>
public class BombersGunmenAndNegationTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void The_bomber_who_detonated_his_explosives_at_a_crowd_waiting_to_leave_is_no_rioter_and_the_crowd_no_protest()
    {
        const string text = "KABUL, Aug 27 (Reuters) - A suicide bomber struck crowds outside Kabul airport on Thursday, killing at least 60 people.\n\n"
                            + "The bomber detonated his explosives at the Abbey Gate, where thousands of people desperate to leave the country had "
                            + "gathered for days, and gunmen then opened fire on the crowd, officials said.";
        var events = Events(text, "2021-08-27");
        events.ShouldNotContain(e => e.Actor1 != null && (e.Actor1.Name.StartsWith("Rioters") || e.Actor1.Name.StartsWith("Protesters")));
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
        events.ShouldAllBe(e => e.Location != null && e.Location.CountryIso2 == "AF");
    }

    [Fact]
    public void Three_gunmen_who_stormed_a_hall_are_its_attackers_not_the_police_who_stormed_it_later()
    {
        const string text = "PARIS, Nov 14 (Reuters) - Three gunmen then stormed a concert hall in Paris during a rock concert, shooting into the "
                            + "crowd and taking hostages before police stormed the building shortly after midnight.";
        var events = Events(text, "2015-11-14");
        events.ShouldContain(e => e.Actor1 != null && e.Actor1.Name.StartsWith("Unidentified Armed Group") && e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void Officers_who_took_a_gunman_in_without_firing_a_shot_shot_no_one()
    {
        const string text = "EL PASO, Texas, Aug 4 (Reuters) - A gunman opened fire on shoppers at a Walmart store in El Paso on Saturday, killing 20 people.\n\n"
                            + "The suspect, a 21-year-old man from a Dallas suburb, walked into the store and began shooting, the police chief told "
                            + "reporters. Officers arrived within six minutes and took him into custody outside the store without firing a shot.";
        var events = Events(text, "2019-08-04");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.StartsWith("Police") && e.Codes.AcledEventType == "Violence against civilians");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Dallas");
    }

    [Fact]
    public void Attacks_by_gunmen_name_their_authors_not_their_targets()
    {
        const string text = "PARIS, Nov 14 (Reuters) - Islamic State claimed responsibility on Saturday for coordinated attacks by gunmen in Paris "
                            + "that killed 39 people.";
        var attack = Events(text, "2015-11-14").Single();
        (attack.Actor2?.Name ?? "").ShouldNotStartWith("Unidentified Armed Group");
    }

    [Fact]
    public void A_mall_named_for_a_place_is_no_town()
    {
        const string text = "EL PASO, Texas, Aug 4 (Reuters) - A gunman opened fire in a store near the Cielo Vista Mall on Saturday, killing 20 people.";
        Analysis.Run(text, "2019-08-04").Events.ShouldAllBe(e => e.Location != null && e.Location.Name == "El Paso");
    }
}
