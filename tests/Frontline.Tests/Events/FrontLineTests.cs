using Frontline.Core.Knowledge;

namespace Frontline.Tests.Events;

/// <summary>Fighting on a front between two known sides that names neither side (data/actors/fronts.tsv), on sentences
/// written for the tests in the style of ceasefire monitors' reports.</summary>
public class FrontLineTests
{
    [Theory]
    [InlineData("On 28 April 2020, the OSCE SMM observed a total of 40 projectiles involving unknown weapons in both directions of the frontline near Avdiivka.",
        "2020-04-29", "Military Forces of Ukraine", "United Armed Forces of Novorossiya")]
    [InlineData("On 3 May 2020, the OSCE SMM recorded 12 bursts of fire involving small arms near Popasna.",
        "2020-05-04", "Military Forces of Ukraine", "United Armed Forces of Novorossiya")]
    [InlineData("On 14 March 2024, heavy clashes broke out in Omdurman, Sudan.",
        "2024-03-15", "Military Forces of Sudan", "Rapid Support Forces")]
    public void Unnamed_fighting_on_a_front_is_between_its_two_sides(string text, string published, string actor1, string actor2)
    {
        var clash = Analysis.Run(text, published).Events.ShouldHaveSingleItem();
        clash.Codes.AcledSubEventType.ShouldBe("Armed clash");
        clash.Actor1.ShouldNotBeNull().Name.ShouldStartWith(actor1);
        clash.Actor2.ShouldNotBeNull().Name.ShouldStartWith(actor2);
    }

    [Theory]
    // The front's dates: before the 2022 invasion the Donbas front was between Ukraine and the separatists.
    [InlineData("On 10 June 2023, clashes broke out near Avdiivka, Ukraine.", "2023-06-11", "Military Forces of Russia")]
    [InlineData("On 10 June 2019, clashes broke out near Avdiivka, Ukraine.", "2019-06-11", "United Armed Forces of Novorossiya")]
    public void The_sides_are_those_of_the_front_open_that_day(string text, string published, string actor2)
    {
        Analysis.Run(text, published).Events.ShouldHaveSingleItem().Actor2.ShouldNotBeNull().Name.ShouldStartWith(actor2);
    }

    [Theory]
    // A war of many sides has no front entry: its unnamed fighting could be anyone's.
    [InlineData("On 2 May 2020, clashes broke out near Saraqib in Idlib, Syria.", "2020-05-03")]
    // Off the front: Lviv lies far from it.
    [InlineData("On 2 May 2023, clashes broke out in Lviv, Ukraine.", "2023-05-03")]
    // Which side fired a shell is what the report does not say.
    [InlineData("On 28 April 2020, the OSCE SMM observed 5 explosions near Avdiivka.", "2020-04-29")]
    public void Other_fighting_keeps_its_unnamed_author(string text, string published)
    {
        var e = Analysis.Run(text, published).Events.ShouldHaveSingleItem();
        e.Actor1.ShouldNotBeNull().Name.ShouldStartWith("Unidentified Armed Group");
        e.Actor2.ShouldBeNull();
    }

    [Fact]
    public void Sides_a_report_names_are_kept()
    {
        var e = Analysis.Run("On 28 April 2020, the NAF rebel forces fired small arms at the governmental positions near Zolote, Luhansk.", "2020-04-29")
            .Events.ShouldHaveSingleItem();
        e.Actor1.ShouldNotBeNull().Name.ShouldStartWith("United Armed Forces of Novorossiya");
    }

    [Theory]
    [InlineData("On 12 May 2019, separatist forces shelled Ukrainian positions near Marinka, Ukraine.", "2019-05-13", "United Armed Forces of Novorossiya")]
    // Since 2022 the front is between two states: separatists are rebels of their own.
    [InlineData("On 12 May 2024, separatist forces shelled Ukrainian positions near Marinka, Ukraine.", "2024-05-13", "Rebels")]
    public void An_unnamed_group_of_one_sides_kind_is_that_side(string text, string published, string actor1)
    {
        var e = Analysis.Run(text, published).Events.ShouldHaveSingleItem();
        e.Actor1.ShouldNotBeNull().Name.ShouldStartWith(actor1);
        e.Actor2.ShouldNotBeNull().Name.ShouldStartWith("Military Forces of Ukraine");
    }

    [Fact]
    public void A_monitor_that_observes_the_fighting_takes_no_part_in_it()
    {
        var e = Analysis.Run("On 30 April 2020, the OSCE SMM observed 3 explosions near Avdiivka.", "2020-05-01").Events.ShouldHaveSingleItem();
        e.Actor1.ShouldNotBeNull().Name.ShouldNotContain("OSCE");
        e.Location.ShouldNotBeNull().CountryIso2.ShouldBe("UA");
    }

    [Fact]
    public void Fronts_load_with_their_dates_and_regions()
    {
        var fronts = Analysis.Kb.Fronts;
        fronts.At("UKR", "UA.05", Analysis.Day("2020-05-01")).ShouldNotBeNull().Side2.ShouldBe("naf");
        fronts.At("UKR", "UA.05", Analysis.Day("2023-05-01")).ShouldNotBeNull().Side2.ShouldBe("mil:RUS");
        fronts.At("UKR", "UA.15", Analysis.Day("2023-05-01")).ShouldBeNull();
        fronts.At("SYR", null, Analysis.Day("2023-05-01")).ShouldBeNull();
        foreach (var f in fronts.All)
        {
            Analysis.Kb.Actors.Resolve(f.Side1, f.From).ShouldNotBeNull(f.Key);
            Analysis.Kb.Actors.Resolve(f.Side2, f.From).ShouldNotBeNull(f.Key);
        }
    }

    [Fact]
    public void A_front_file_with_a_bad_date_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fronts-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "key\tcountry\tregions\tfrom\tto\tside1\tside2\tsource\nx\tUKR\t\t2014-13-40\t\tmil:UKR\tnaf\ts\n");
        try
        {
            Should.Throw<InvalidDataException>(() => new FrontLines(path)).Message.ShouldContain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
