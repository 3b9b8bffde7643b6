namespace Frontline.Core.Text;

/// <summary>A sentence: its character span, its token range [FirstToken, EndToken) and the paragraph it sits in.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int EndToken, int Paragraph)
{
    /// <summary>A headline's capitals ("Kabul Blast Kills 10"): most of its words capitalized.</summary>
    public bool IsTitleCase(IReadOnlyList<Token> tokens)
    {
        int words = 0, capitalized = 0;
        for (var k = FirstToken; k < EndToken; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) continue;
            words++;
            if (tokens[k].IsCapitalized) capitalized++;
        }
        return capitalized * 2 > words;
    }
}
