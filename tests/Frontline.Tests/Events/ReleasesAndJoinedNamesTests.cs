namespace Frontline.Tests.Events;

/// <summary>A rights group's release with its office in a bracketed dateline, people described by what was done to them
/// before, the first half of a joined village name, and a day told after a saying whose "that" is left out. Texts written
/// for these tests.</summary>
public class ReleasesAndJoinedNamesTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_releases_bracketed_dateline_places_nothing_and_people_detained_before_they_were_killed_are_the_killings_victims()
    {
        var killing = Events("(Nairobi, June 3, 2025) - Burkinabe soldiers executed at least 15 men they had detained at a market in the "
                             + "north of the country on May 20, a rights group said today.", "2025-06-03").ShouldHaveSingleItem();
        killing.Location!.CountryIso2.ShouldBe("BF");
        killing.Codes.AcledSubEventType.ShouldBe("Attack");
        killing.Actor1!.Name.ShouldBe("Military Forces of Burkina Faso");
    }

    [Fact]
    public void The_first_half_of_a_joined_village_name_is_no_town_abroad()
    {
        Events("GALKAYO - Clan militias clashed over grazing land in the village of Bali-Busle, north of Galkayo, on Monday, killing "
               + "six people, elders said.", "2025-07-15")
            .ShouldAllBe(e => e.Location != null && e.Location.CountryIso2 == "SO");
    }

    [Fact]
    public void A_day_told_after_a_saying_without_its_that_dates_what_was_said()
    {
        var operation = Events("NIAMEY, Jan 6 (AFP) - Niger's army said on Monday it had killed about 30 terrorists in air and ground "
                               + "operations near the town of Abala in the western Tillaberi region over the weekend, losing one soldier.",
                               "2025-01-06").Single(Analysis.Violent);
        operation.Date.Start.ShouldBe(Analysis.Day("2025-01-04"));
    }
}
