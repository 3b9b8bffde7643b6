namespace Frontline.Tests.Text;

public class DocumentTests
{
    private static bool[] PossessiveMarks(string text)
    {
        var (doc, _) = Analysis.Annotate(text);
        return Enumerable.Range(0, doc.Tokens.Count).Select(doc.IsPossessiveMark).ToArray();
    }

    private static string[] MarkedOwners(string text)
    {
        var (doc, _) = Analysis.Annotate(text);
        return Enumerable.Range(0, doc.Tokens.Count).Where(doc.IsPossessiveMark).Select(k => doc.Tokens[k - 1].Text).ToArray();
    }

    [Fact]
    public void A_dateline_is_found_at_the_start_or_after_a_headline_line_only()
    {
        string Dateline(string text)
        {
            var (doc, _) = Analysis.Annotate(text);
            return doc.DatelineEnd == 0 ? "" : string.Join(' ', doc.Tokens.Skip(doc.DatelineStart).Take(doc.DatelineEnd - doc.DatelineStart).Select(t => t.Text));
        }
        Dateline("BEIRUT, Sept 1 (Reuters) - Fighting spread.").ShouldBe("BEIRUT , Sept 1 ( Reuters ) -");
        Dateline("Tribes fight on\n\nBEIRUT, Sept 1 (Reuters) - Fighting spread.").ShouldBe("BEIRUT , Sept 1 ( Reuters ) -");
        // Not in the third paragraph, nor a phrase with a lower-case word before its dash.
        Dateline("Tribes fight on\n\nA second line.\n\nBEIRUT, Sept 1 (Reuters) - Fighting spread.").ShouldBe("");
        Dateline("Tribes fight on\n\nFighting spread in Deir ez-Zor - a monitor said.").ShouldBe("");
    }

    [Fact]
    public void An_apostrophe_after_a_plural_marks_an_owner_as_s_does()
    {
        MarkedOwners("Iran's army and the Philippines' largest broadcaster").ShouldBe(["Iran", "Philippines"]);
    }

    [Fact]
    public void A_closing_quote_or_an_inner_apostrophe_is_no_owner()
    {
        MarkedOwners("He called them 'the Syrians' and left Ma'arrat.").ShouldBeEmpty();
        PossessiveMarks("'").ShouldAllBe(marked => !marked);
    }
}
