using Frontline.Core.Knowledge;

namespace Frontline.Tests.Knowledge;

/// <summary>The contact lines of data/gazetteer/contact-lines.tsv: their dates, distances to them, and files that break
/// the format named with the line at fault.</summary>
public sealed class ContactLinesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-lines-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ContactLine Donbas => Analysis.Kb.ContactLines.All.Single(l => l.Key == "donbas-contact-line");

    [Fact]
    public void A_line_is_open_only_on_the_days_it_describes()
    {
        Donbas.IsOpenOn(new DateOnly(2020, 5, 1)).ShouldBeTrue();
        Donbas.IsOpenOn(new DateOnly(2023, 1, 1)).ShouldBeFalse();
        Donbas.IsOpenOn(new DateOnly(2013, 1, 1)).ShouldBeFalse();
        Analysis.Kb.ContactLines.All.ShouldContain(l => l.To == null);
    }

    [Fact]
    public void A_town_on_the_line_is_within_reach_and_one_far_behind_it_is_not()
    {
        // Avdiivka is one of the line's towns; a point halfway between Avdiivka and Opytne lies on a segment.
        Donbas.Within(48.140, 37.750, 1).ShouldBeTrue();
        Donbas.Within((48.140 + 48.097) / 2, (37.750 + 37.722) / 2, 0.5).ShouldBeTrue();
        // Kramatorsk lies some 70 km north-west of the line; Kyiv, far away.
        Donbas.Within(48.723, 37.556, 15).ShouldBeFalse();
        Donbas.Within(48.723, 37.556, 80).ShouldBeTrue();
        Donbas.Within(50.450, 30.523, 15).ShouldBeFalse();
    }

    [Fact]
    public void A_namesake_across_the_border_is_no_village_of_the_line()
    {
        var context = new Frontline.Core.Annotators.PlaceContext();
        context.ContactLines.Add(Analysis.Kb.ContactLines.All.Single(l => l.Key == "peace-spring-line"));
        // Ras al-Ayn ends the line on the border; Ceylanpinar faces it in Turkey.
        context.OnAContactLine(36.850, 40.070, "SY", 15).ShouldBeTrue();
        context.OnAContactLine(36.845, 40.050, "TR", 15).ShouldBeFalse();
    }

    [Fact]
    public void A_line_that_names_no_country_is_named_with_the_file()
    {
        var path = Path.Combine(_dir, "lines.tsv");
        File.WriteAllText(path, "key\tfrom\tto\tcountries\ttowns\tsource\ntest-line\t2020-01-01\t\tUkraine\tOpytne 48.097 37.722\tnone\n");
        Should.Throw<InvalidDataException>(() => new ContactLines(path)).Message.ShouldContain("test-line");
    }

    [Theory]
    [InlineData("Avdiivka 48.140", "'Avdiivka 48.140' is not 'Town latitude longitude'")]
    [InlineData("Avdiivka 148.140 37.750", "is not 'Town latitude longitude'")]
    public void A_town_without_its_coordinates_is_named_with_its_line(string town, string message)
    {
        var path = Path.Combine(_dir, "lines.tsv");
        File.WriteAllText(path, $"key\tfrom\tto\tcountries\ttowns\tsource\ntest-line\t2020-01-01\t\tUA\tOpytne 48.097 37.722|{town}\tnone\n");
        var e = Should.Throw<InvalidDataException>(() => new ContactLines(path));
        e.Message.ShouldContain("test-line");
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void An_impossible_date_is_named_with_the_file()
    {
        var path = Path.Combine(_dir, "lines.tsv");
        File.WriteAllText(path, "key\tfrom\tto\tcountries\ttowns\tsource\ntest-line\t2020-02-30\t\tUA\tOpytne 48.097 37.722\tnone\n");
        Should.Throw<InvalidDataException>(() => new ContactLines(path)).Message.ShouldContain("lines.tsv: '2020-02-30'");
    }
}
