using Frontline.Core.Text;
using Frontline.Core.Model;

namespace Frontline.Tests.Events;

public class EventAssemblyTests
{
    [Fact]
    public void A_killing_clause_joins_the_attack_that_caused_it()
    {
        var events = Analysis.Run("The Rapid Support Forces shelled the city of El Fasher on Saturday, killing 15 civilians.", "2024-06-10").Events;
        var e = events.ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Shelling/artillery/missile attack");
        e.Fatalities.ShouldBe(15);
    }

    [Fact]
    public void A_name_means_one_place_throughout_the_article()
    {
        // The gazetteer knows a Kamyanka in another province only: the first mention's province tells which one is meant.
        var events = Analysis.Run("On 2 May 2020, mortars hit Ukrainian positions near Kamyanka, Donetsk. On 3 May 2020, monitors recorded 20 explosions near Kamyanka.", "2020-05-04").Events;
        events.Count.ShouldBe(2);
        events.ShouldAllBe(e => e.Location!.Admin1 == "Donetsk");
    }

    [Theory]
    [InlineData("Gunmen ambushed a convoy on the Kabul-Kandahar highway near Ghazni, killing four soldiers.", "Ghazni")]
    [InlineData("Regime forces captured the Aleppo-Damascus Highway in the area between Ma'arrat An Nu'man and Saraqab in Idleb.", "Idleb")]
    public void A_road_named_for_its_ends_is_not_at_them_when_the_sentence_says_where(string text, string admin1)
    {
        var e = Analysis.Run(text, "2020-05-10").Events.First();
        e.Location!.Admin1.ShouldBe(admin1);
    }

    [Fact]
    public void A_named_ends_town_stays_the_place_when_the_other_place_is_near_it()
    {
        // Jandairis lies about 20 km from Afrin: the road is near its end, and the end is the more precise place.
        var e = Analysis.Run("On 6 May 2020, 2 opposition fighters were found dead on Jandairis - Deir Balot road in Afrin countryside, killed by unknown gunmen.", "2020-05-10").Events.First();
        TransliterationKey.Plain(e.Location!.Name).ShouldBe(TransliterationKey.Plain("Jindayris"));
    }

    [Fact]
    public void Wounded_are_not_counted_as_dead()
    {
        var e = Analysis.Run("Russian drones struck Kharkiv in Ukraine, killing three people and wounding 12 others.", "2024-09-12").Events.Single();
        e.Fatalities.ShouldBe(3);
    }

    [Fact]
    public void The_same_deployment_told_twice_is_one_event_at_the_more_precise_place()
    {
        var events = Analysis.Run(
            "Iraqi militias have moved into Syria. About 200 Iraqi fighters entered Syria via the Bou Kamal crossing.").Events;
        var e = events.ShouldHaveSingleItem();
        e.Location!.Precision.ShouldBe(PlacePrecision.Place);
        e.Quantity!.Value.ShouldBe(200);
        e.Evidence.Count.ShouldBe(2);
    }

    [Fact]
    public void A_sentence_naming_only_who_confirmed_lends_its_sources_to_the_event_before()
    {
        var e = Analysis.Run("Iraqi militias have moved into Syria. This was confirmed by a militia official and a war monitor.").Events.Single();
        e.Sources.ShouldBe(["militia official", "war monitor"]);
    }

    [Fact]
    public void These_strikes_with_a_new_place_continue_the_strikes_told_before()
    {
        var events = Analysis.Run("Syrian and Russian airstrikes targeted rebel positions in Hama province. These strikes killed at least 10 civilians in Idlib.").Events;
        events.Count.ShouldBe(2);
        var deadly = events.Single(e => e.Fatalities == 10);
        deadly.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
        deadly.Actor1!.Name.ShouldBe("Military Forces of Syria");
        deadly.AssociatedActors.Single().Name.ShouldBe("Military Forces of Russia");
    }

    [Fact]
    public void Casualties_in_the_fighting_belong_to_the_fight_and_victims_are_never_the_attackers()
    {
        var e = Analysis.Run("Fano militiamen clashed with federal forces in Gondar on Saturday. At least 20 people were killed in the fighting.", "2024-04-22")
            .Events.ShouldHaveSingleItem();
        e.Actor1!.Name.ShouldBe("Fano");
        e.Fatalities.ShouldBe(20);
    }

    [Fact]
    public void Capture_by_state_forces_at_home_is_government_regaining_territory()
    {
        var e = Analysis.Run("The Malian army took control of Kidal on Tuesday.", "2023-11-16").Events.Single();
        e.Codes.AcledSubEventType.ShouldBe("Government regains territory");
    }

    [Fact]
    public void Capture_by_a_foreign_army_is_an_actor_overtaking_territory()
    {
        var e = Analysis.Run("Russian forces captured Toretsk in Ukraine on Tuesday.", "2024-09-12").Events.Single();
        e.Codes.AcledSubEventType.ShouldBe("Non-state actor overtakes territory");
    }

    [Fact]
    public void An_accusation_is_coded_as_the_accusation_not_the_attack_it_alleges()
    {
        var e = Analysis.Run("The SDF accused Ankara of targeting civilians.").Events.Single();
        e.Codes.Cameo.ShouldBe("112");
        e.Actor2!.Name.ShouldBe("Türkiye");
    }

    [Fact]
    public void Untimed_events_fall_in_the_week_before_publication()
    {
        var e = Analysis.Run("Turkish-backed rebels have captured Tel Rifaat in Syria.").Events.Single();
        e.Date.Start.ShouldBe(Analysis.Day("2024-11-25"));
        e.Date.End.ShouldBe(Analysis.Day("2024-12-02"));
    }

    [Fact]
    public void Evidence_spans_slice_the_original_text_exactly()
    {
        const string text = "On Sunday, airstrikes from Syrian jets targeted rebel-held areas in Idlib – the monitor said.\nThe SDF’s fighters withdrew from the area.";
        var analysis = Analysis.Run(text);
        analysis.Events.ShouldNotBeEmpty();
        foreach (var e in analysis.Events)
            foreach (var span in e.Evidence)
                text[span.Start..span.End].ShouldNotBeNullOrWhiteSpace();
        analysis.Events.SelectMany(e => e.Evidence).Select(s => s.Slice(text)).ShouldContain(q => q.StartsWith("On Sunday", StringComparison.Ordinal));
    }
}
