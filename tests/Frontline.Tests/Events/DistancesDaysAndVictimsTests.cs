using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>A town placed by its distance from another, the lead's day that "came a day after" counts from, a month named
/// with its year, fighting people fled, what a side says it does, the capital of the story's country, victims who were
/// gathering, and the wounded told after the dead. Texts written for these tests.</summary>
public class DistancesDaysAndVictimsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_town_the_gazetteer_lacks_is_placed_by_its_distance_and_the_town_it_is_measured_from_is_no_scene()
    {
        const string text = "GOMA, March 20 (Reuters) - Rebels took control of the town of Kobumbira on Wednesday, residents said.\n\n"
                            + "Fighters entered the centre of Kobumbira, about 100 km west of Goma, after clashes with militiamen. Several "
                            + "homes were burned.";
        var events = Events(text, "2025-03-20");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Goma");
        events.ShouldContain(e => e.Location != null && e.Location.Name == "Kobumbira");
    }

    [Fact]
    public void What_came_a_day_after_counts_from_the_leads_day_not_the_last_day_named()
    {
        const string text = "GOMA, March 20 (Reuters) - Rebels seized the town of Sake on Wednesday, residents said.\n\n"
                            + "Army drones struck rebel positions near Sake on Thursday morning, two residents said.\n\n"
                            + "The advance came a day after the presidents of Congo and Rwanda met in Doha and called for a ceasefire.";
        var meeting = Events(text, "2025-03-20").Single(e => e.Location?.Name == "Doha" && e.Codes.PloverType == "CONSULT");
        meeting.Date.Start.ShouldBe(Analysis.Day("2025-03-18"));
    }

    [Fact]
    public void A_month_named_with_its_year_dates_a_coup_long_past_and_fighting_fled_or_in_recent_weeks_is_no_act()
    {
        const string text = "(Reuters) - A military air strike on a monastery in the Sagaing region killed 20 people who had taken shelter there "
                            + "to escape fighting, residents said on Saturday.\n\n"
                            + "The region has been a stronghold of the resistance that emerged after the military seized power in a February "
                            + "2021 coup, and has seen heavy fighting in recent weeks. The junta says it fights \"terrorists\".";
        var strike = Events(text, "2025-07-12").ShouldHaveSingleItem();
        strike.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
    }

    [Fact]
    public void A_bare_capital_is_of_the_country_the_story_is_about_not_the_datelines()
    {
        const string text = "CAIRO, March 21 (Reuters) - Sudan's army said on Friday it had taken the Republican Palace in Khartoum from the "
                            + "Rapid Support Forces.\n\n"
                            + "The army has made steady gains in the capital in recent months, retaking neighbouring Bahri and much of "
                            + "Omdurman.";
        Events(text, "2025-03-21").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "EG");
    }

    [Fact]
    public void Victims_told_gathering_when_they_were_shot_are_no_crowd_and_the_wounded_after_more_than_are_victims()
    {
        const string wounded = "JERUSALEM, June 1 (Reuters) - At least 20 Palestinians were killed and more than 100 wounded on Sunday near an "
                               + "aid site in Rafah, health officials said.";
        var attack = Events(wounded, "2025-06-01").ShouldHaveSingleItem();
        attack.Codes.AcledEventType.ShouldBe("Violence against civilians");
        attack.Fatalities.ShouldBe(20);
        const string gathering = "JERUSALEM, June 1 (Reuters) - At least 20 Palestinians were shot dead on Sunday as they gathered near an aid "
                                 + "site in Rafah, health officials said.";
        Events(gathering, "2025-06-01").ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Violence against civilians");
    }
}
