namespace Frontline.Core.Text;

public enum TokenKind { Word, Number, Punctuation }

/// <summary>A token of the normalized text; <see cref="Lower"/> is its lower-cased form used for all dictionary lookups.</summary>
public sealed record Token(int Index, int Start, int End, string Text, string Lower, TokenKind Kind)
{
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && !HasLowerCaseLetter(Text);

    private static bool HasLowerCaseLetter(string text)
    {
        foreach (var c in text)
            if (char.IsLetter(c) && !char.IsUpper(c)) return true;
        return false;
    }

    public bool Is(string lower) => Lower == lower;

    /// <summary>Tokens are equal by what they say and where; the remembered word number is not part of that.</summary>
    public bool Equals(Token? other) =>
        other is not null && Index == other.Index && Start == other.Start && End == other.End && Text == other.Text && Lower == other.Lower && Kind == other.Kind;

    public override int GetHashCode() => HashCode.Combine(Index, Start, End, Text, Kind);

    private int _word = Vocabulary.Unknown;
    private int _vocabularySeen = -1;

    /// <summary>Records what the tokenizer already looked up: the word's number, or that the vocabulary of this size lacks it.</summary>
    internal void KnowWord(int word, int vocabularySeen)
    {
        _word = word;
        _vocabularySeen = vocabularySeen;
    }

    /// <summary>The <see cref="Vocabulary"/> number of <see cref="Lower"/>, looked up once (again only if dictionaries
    /// gained words since).</summary>
    public int Word
    {
        get
        {
            if (_word != Vocabulary.Unknown) return _word;
            var count = Vocabulary.Count;
            if (_vocabularySeen == count) return Vocabulary.Unknown;
            _word = Vocabulary.Find(Lower);
            _vocabularySeen = count;
            return _word;
        }
    }
}
