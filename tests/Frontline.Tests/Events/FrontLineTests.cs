using Frontline.Core.Knowledge;

namespace Frontline.Tests.Events;

/// <summary>Fighting on a front between two known sides that names neither side (data/actors/fronts.tsv), on sentences
/// written for the tests in the style of ceasefire monitors' reports.</summary>
public class FrontLineTests
{
    [Theory]
    [InlineData("On 28 April 2020, the OSCE SMM observed a total of 40 projectiles involving unknown weapons in both directions of the frontline near Avdiivka.",
        "2020-04-29", "Military Forces of Ukraine", "United Armed Forces of Novorossiya")]
    [InlineData("On 3 May 2020, the OSCE SMM recorded 12 bursts of fire involving small arms along the contact line near Kurakhove.",
        "2020-05-04", "Military Forces of Ukraine", "United Armed Forces of Novorossiya")]
    // Fire in both directions comes from both sides, whoever holds the place.
    [InlineData("On 3 May 2020, the OSCE SMM recorded 12 bursts of fire in both directions of the frontline near Horlivka.",
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
    [InlineData("On 10 June 2023, clashes broke out near Kurakhove, Ukraine.", "2023-06-11", "Military Forces of Russia")]
    [InlineData("On 10 June 2019, clashes broke out near Kurakhove, Ukraine.", "2019-06-11", "United Armed Forces of Novorossiya")]
    public void The_sides_are_those_of_the_front_open_that_day(string text, string published, string actor2)
    {
        Analysis.Run(text, published).Events.ShouldHaveSingleItem().Actor2.ShouldNotBeNull().Name.ShouldStartWith(actor2);
    }

    [Theory]
    // A war of many sides has no front entry: its unnamed fighting could be anyone's.
    [InlineData("On 2 May 2020, clashes broke out near Saraqib in Idlib, Syria.", "2020-05-03")]
    // Off the front: Lviv lies far from it.
    [InlineData("On 2 May 2023, clashes broke out in Lviv, Ukraine.", "2023-05-03")]
    // Which side fired a shell is what the report does not say, where it names no place either side held.
    [InlineData("On 28 April 2020, the OSCE SMM observed 5 explosions near Kurakhove.", "2020-04-29")]
    // The holders' table covers the Donbas front from 2015 to 2022 only: Debaltseve changed hands in February 2015, and
    // the front since 2022 moves too fast for a table.
    [InlineData("On 10 January 2015, the OSCE SMM observed 5 explosions near Debaltseve.", "2015-01-11")]
    [InlineData("On 10 June 2023, the OSCE SMM observed 5 explosions near Horlivka.", "2023-06-11")]
    public void Other_fighting_keeps_its_unnamed_author(string text, string published)
    {
        var e = Analysis.Run(text, published).Events.ShouldHaveSingleItem();
        e.Actor1.ShouldNotBeNull().Name.ShouldStartWith("Unidentified Armed Group");
        e.Actor2.ShouldBeNull();
    }

    [Theory]
    [InlineData("On 28 April 2020, the OSCE SMM observed 5 explosions near Yasynuvata.", "Military Forces of Ukraine")]
    [InlineData("On 28 April 2020, the OSCE SMM observed a total of 3 explosions involving unknown weapons near Gorlovka.", "Military Forces of Ukraine")]
    [InlineData("On 28 April 2020, the OSCE SMM observed 5 explosions near Avdiivka.", "United Armed Forces of Novorossiya")]
    public void Shelling_near_a_settlement_one_side_held_came_from_the_other_side(string text, string actor1)
    {
        var e = Analysis.Run(text, "2020-04-29").Events.ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Shelling/artillery/missile attack");
        e.Actor1.ShouldNotBeNull().Name.ShouldStartWith(actor1);
        e.Actor2.ShouldBeNull();
    }

    [Fact]
    public void Fire_near_a_settlement_one_side_held_is_the_other_sides_attack_on_it()
    {
        const string text = "On 3 May 2020, the OSCE SMM recorded 12 bursts of fire involving small arms near Popasna.";
        var e = Analysis.Run(text, "2020-05-04").Events.ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Armed clash");
        e.Actor1.ShouldNotBeNull().Name.ShouldStartWith("United Armed Forces of Novorossiya");
        e.Actor2.ShouldNotBeNull().Name.ShouldStartWith("Military Forces of Ukraine");
        e.Evidence.Select(span => text.Substring(span.Start, span.End - span.Start)).ShouldContain("Popasna");
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
            Should.Throw<InvalidDataException>(() => new FrontLines(path, Path.Combine(DataFiles.DefaultDirectory, "actors", "front-holders.tsv"))).Message.ShouldContain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("donbas-contact-line\tMarinka\tUA.05\tmil:RUS\t2015-02-19\t2022-02-23\ts\n")]
    [InlineData("no-such-front\tMarinka\tUA.05\tmil:UKR\t2015-02-19\t2022-02-23\ts\n")]
    [InlineData("donbas-contact-line\tMarinka\tUA.05\tmil:UKR\t2015-02-19\tlater\ts\n")]
    public void A_holding_of_no_side_of_a_known_front_is_refused_with_its_path(string row)
    {
        var path = Holders("front\tplaces\tadmin1\tholder\tfrom\tto\tsource\n" + row);
        try
        {
            Should.Throw<InvalidDataException>(() => new FrontLines(Path.Combine(DataFiles.DefaultDirectory, "actors", "fronts.tsv"), path))
                .Message.ShouldContain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Holders(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"holders-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, text);
        return path;
    }
}
