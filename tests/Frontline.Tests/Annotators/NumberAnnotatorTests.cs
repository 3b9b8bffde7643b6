namespace Frontline.Tests.Annotators;

public class NumberAnnotatorTests
{
    private static (int Value, string? Unit) First(string text)
    {
        var (_, ann) = Analysis.Annotate(text);
        ann.Numbers.ShouldNotBeEmpty();
        return (ann.Numbers[0].Value, ann.Numbers[0].Unit);
    }

    [Theory]
    [InlineData("at least 10 civilians were killed", 10, "civilians")]
    [InlineData("about 200 Iraqi fighters entered", 200, "fighters")]
    [InlineData("twenty-five soldiers died", 25, "soldiers")]
    [InlineData("two hundred people fled", 200, "people")]
    [InlineData("dozens of protesters gathered", 12, "protesters")]
    [InlineData("air defences shot down eleven of the fifteen drones launched", 11, "drones")]
    [InlineData("three of the soldiers were wounded", 3, "soldiers")]
    [InlineData("1,200 residents fled", 1200, "residents")]
    [InlineData("tens of thousands of people have been killed", 10000, "people")]
    [InlineData("hundreds of thousands of soldiers died", 100000, "soldiers")]
    [InlineData("police arrested 12 suspected Islamic State members", 12, "members")]
    public void Counts_with_their_noun(string text, int value, string unit)
    {
        First(text).ShouldBe((value, unit));
    }

    [Theory]
    [InlineData("A man and his 12-year-old son were killed, and 3 neighbours were wounded.")]
    [InlineData("Troops fired 155 mm shells from 20 km away, and 3 civilians were hurt.")]
    [InlineData("Turnout fell by 30 percent; the 2-month-old curfew stays, and 3 stations were burned.")]
    public void Ages_and_measures_are_not_counts(string text)
    {
        var (_, ann) = Analysis.Annotate(text);
        ann.Numbers.Select(n => n.Value).ShouldBe([3]);
    }

    [Theory]
    [InlineData("The war began in 2011 and 40 people died.")]
    [InlineData("The army was destroyed in 1812, and 40 people died.")]
    [InlineData("A feud that has run since 1848 flared again and 40 people died.")]
    public void A_year_is_not_a_count(string text)
    {
        var (_, ann) = Analysis.Annotate(text);
        ann.Numbers.Select(n => n.Value).ShouldBe([40]);
    }

    [Fact]
    public void An_old_count_without_a_preposition_of_time_is_still_a_count()
    {
        var (_, ann) = Analysis.Annotate("Some 1500 people fled the village.");
        ann.Numbers.Select(n => n.Value).ShouldBe([1500]);
    }

    [Fact]
    public void Day_numbers_inside_dates_are_not_counts()
    {
        var (_, ann) = Analysis.Annotate("On 27 April 2020, 3 soldiers were killed.", "2020-05-04");
        ann.Numbers.Select(n => n.Value).ShouldBe([3]);
    }
}
