namespace Frontline.Tests.Events;

/// <summary>Captives marched into a forest, what "it was gathered" a paper learned, a journey's end, a "while" clause with
/// its own force and town, an official acronym for a rebel group, and where a victim came from. Texts written for these
/// tests.</summary>
public class JourneysGatheringsAndWhileClausesTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Captives_marched_into_a_forest_and_what_it_was_gathered_make_no_protest_and_a_journeys_end_is_no_scene()
    {
        var events = Events("Gunmen on Saturday abducted nine travellers near Okene in Kogi State.\n\nIt was gathered that the bus, travelling "
                            + "from Abuja to Ilorin, was ambushed near Okene by the gunmen, who marched the passengers into the forest.",
                            "2025-03-03");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
        events.ShouldAllBe(e => e.Location != null && e.Location.Name == "Okene");
    }

    [Fact]
    public void Police_in_another_town_shooting_protesters_while_a_crowd_stormed_offices_is_another_event()
    {
        var events = Events("In Ol Kalou, demonstrators stormed the sub-county offices on Wednesday, while police in Nyeri shot dead two men "
                            + "who tried to storm a police station, witnesses said.", "2025-06-26");
        events.Select(e => e.Location!.Name).ShouldBe(["Ol Kalou", "Nyeri"], ignoreOrder: true);
        events.Single(e => e.Location!.Name == "Nyeri").Fatalities.ShouldBe(2);
    }

    [Fact]
    public void The_officials_word_for_a_rebel_group_names_it()
    {
        Events("An armed criminal group (KKB) shot dead a teacher in Ilaga, Puncak Regency, on Monday, police said.", "2025-04-08")
            .ShouldHaveSingleItem().Actor1!.Name.ShouldBe("West Papua National Liberation Army");
    }

    [Fact]
    public void Where_a_victim_came_from_is_no_scene()
    {
        Events("Gunmen shot dead a motorcycle taxi driver near Ilaga market on Monday.\n\nThe victim, a 30-year-old migrant from South "
               + "Sulawesi, was shot in the back while carrying a passenger near the market.", "2025-04-08")
            .ShouldAllBe(e => e.Location != null && e.Location.Name != "South Sulawesi");
    }
}
