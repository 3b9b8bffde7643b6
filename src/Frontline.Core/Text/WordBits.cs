namespace Frontline.Core.Text;

/// <summary>
/// Vocabulary numbers as bits: whether a token's word is among them is one bit test on the number the token already
/// knows. Filled while dictionaries load, read by any number of threads after that.
/// </summary>
internal sealed class WordBits
{
    private ulong[] _bits = [];

    public void Add(int word)
    {
        var slot = word >> 6;
        if (slot >= _bits.Length) Array.Resize(ref _bits, Math.Max(slot + 1, _bits.Length * 2));
        _bits[slot] |= 1UL << word;
    }

    public bool Contains(int word)
    {
        var bits = _bits;
        var slot = word >> 6;
        return word >= 0 && slot < bits.Length && (bits[slot] & (1UL << word)) != 0;
    }
}
