namespace Frontline.Core.Text;

public enum TokenKind { Word, Number, Punctuation }

/// <summary>A token of the normalized text; <see cref="Lower"/> is its lower-cased form used for all dictionary lookups.</summary>
public sealed record Token(int Index, int Start, int End, string Text, string Lower, TokenKind Kind)
{
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public bool Is(string lower) => Lower == lower;
}
