namespace Frontline.Core.Model;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Slice(string text) => text[Start..End];
}
