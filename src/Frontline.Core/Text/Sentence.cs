namespace Frontline.Core.Text;

/// <summary>A sentence: its character span, its token range [FirstToken, EndToken) and the paragraph it sits in.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int EndToken, int Paragraph);
