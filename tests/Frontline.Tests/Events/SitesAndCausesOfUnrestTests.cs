using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A name that names a site in another place or a chapel, the attackers' dead counted apart from their victims, a
/// death that unrest is over, and a highway blocked in protest. Texts written for these tests.</summary>
public class SitesAndCausesOfUnrestTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_name_before_a_site_in_another_place_names_the_site_not_a_town_elsewhere()
    {
        // (Bardo is also a town in Poland, a country the text names as where tourists came from.)
        const string text = "TUNIS, March 18 (Reuters) - Gunmen killed 19 people at the Bardo national museum in Tunis on Wednesday. Tourists "
                            + "from Japan, Italy and Poland were among the dead.";
        Events(text, "2015-03-18").ShouldAllBe(e => e.Location != null && e.Location.CountryIso2 == "TN");
    }

    [Fact]
    public void Saints_a_chapel_is_named_after_are_no_towns_abroad()
    {
        const string text = "CAIRO, Dec 11 (Reuters) - A bomb exploded in the St Peter and St Paul chapel next to the cathedral in Cairo "
                            + "on Sunday, killing 25 people.";
        Events(text, "2016-12-11").ShouldAllBe(e => e.Location != null && e.Location.CountryIso2 == "EG");
    }

    [Fact]
    public void Relatives_blocking_a_highway_protest()
    {
        const string text = "MEXICO CITY, Sept 28 (Reuters) - Relatives of missing students blocked a highway in Chilpancingo on Saturday.";
        Events(text, "2014-09-28").Single().Codes.AcledEventType.ShouldBe("Protests");
    }

    [Fact]
    public void The_attackers_dead_told_after_their_victims_are_not_the_victims_toll()
    {
        const string text = "NAIROBI, April 3 (Reuters) - Gunmen stormed a college in Garissa on Thursday, killing 40 students in a siege that "
                            + "ended when soldiers killed three of the attackers, the government said.";
        Events(text, "2015-04-03").Single(e => e.Codes.AcledEventType == "Violence against civilians").Fatalities.ShouldBe(40);
    }

    [Fact]
    public void A_death_unrest_is_over_is_its_cause_not_its_toll()
    {
        const string text = "ATLANTA, June 14 (Reuters) - Protesters set fire to a restaurant in Atlanta on Saturday night, on a second night of "
                            + "unrest over the death of a black man who died after police shot him in a parking lot.";
        var riot = Events(text, "2020-06-14").Single();
        riot.Codes.AcledEventType.ShouldBe("Riots");
        riot.Fatalities.ShouldBeNull();
    }
}
