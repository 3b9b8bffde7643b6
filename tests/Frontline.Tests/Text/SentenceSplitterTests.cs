namespace Frontline.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var (doc, _) = Analysis.Annotate(text);
        return doc.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Abbreviated_ranks_do_not_end_a_sentence()
    {
        Sentences("Lt. Col. Ahmed Saleh said the unit withdrew. Gen. Hassan denied it.")
            .ShouldBe(["Lt. Col. Ahmed Saleh said the unit withdrew.", "Gen. Hassan denied it."]);
    }

    [Fact]
    public void Month_abbreviation_does_not_end_a_sentence()
    {
        Sentences("On Jan. 5 troops entered the town. Residents fled.")
            .ShouldBe(["On Jan. 5 troops entered the town.", "Residents fled."]);
    }

    [Fact]
    public void US_inside_a_sentence_does_not_split_it()
    {
        Sentences("Forces supported by the U.S. Army advanced. They met no resistance.")
            .ShouldBe(["Forces supported by the U.S. Army advanced.", "They met no resistance."]);
    }

    [Fact]
    public void US_at_the_end_of_a_sentence_ends_it()
    {
        Sentences("Kurdish forces are supported by the U.S. The Kurdish-led SDF withdrew.")
            .ShouldBe(["Kurdish forces are supported by the U.S.", "The Kurdish-led SDF withdrew."]);
    }

    [Fact]
    public void Closing_quote_stays_with_its_sentence()
    {
        Sentences("\"We will not retreat.\" The commander spoke on Monday.")
            .ShouldBe(["\"We will not retreat.\"", "The commander spoke on Monday."]);
    }

    [Fact]
    public void Line_break_ends_sentence_and_paragraph()
    {
        var (doc, _) = Analysis.Annotate("Fighting continued\nAirstrikes hit Idlib.");
        doc.Sentences.Count.ShouldBe(2);
        doc.Sentences[1].Paragraph.ShouldBe(1);
    }
}
