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
