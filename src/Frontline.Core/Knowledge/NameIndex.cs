using System.Text;

namespace Frontline.Core.Knowledge;

/// <summary>
/// A read-only map from name keys to item numbers, kept as flat arrays instead of a dictionary of lists: the keys are
/// one sorted UTF-8 block searched by bisection, and each key's items a slice of one array. A million keys load from
/// a snapshot with a few bulk reads and cost a fraction of the memory of a million strings and lists.
/// </summary>
public sealed class NameIndex
{
    private readonly byte[] _keyBytes;
    private readonly int[] _keyStarts;
    private readonly int[] _itemStarts;
    private readonly int[] _items;

    private NameIndex(byte[] keyBytes, int[] keyStarts, int[] itemStarts, int[] items)
    {
        _keyBytes = keyBytes;
        _keyStarts = keyStarts;
        _itemStarts = itemStarts;
        _items = items;
    }

    public int KeyCount => _keyStarts.Length - 1;

    /// <summary>Indexes (key, item) pairs. A key's items keep the pairs' order; an item listed twice in a row under
    /// one key (a place whose spellings share a key) is kept once. Empty keys are skipped.</summary>
    public static NameIndex Build(IReadOnlyList<(string Key, int Item)> pairs)
    {
        var encoded = new (byte[] Key, int Order)[pairs.Count];
        for (var i = 0; i < pairs.Count; i++) encoded[i] = (Encoding.UTF8.GetBytes(pairs[i].Key), i);
        Array.Sort(encoded, static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key) is var c and not 0 ? c : a.Order.CompareTo(b.Order));
        var keyBytes = new List<byte>();
        var keyStarts = new List<int>();
        var itemStarts = new List<int>();
        var items = new List<int>();
        byte[]? previous = null;
        foreach (var (key, order) in encoded)
        {
            if (key.Length == 0) continue;
            var item = pairs[order].Item;
            if (previous is null || !key.AsSpan().SequenceEqual(previous))
            {
                keyStarts.Add(keyBytes.Count);
                itemStarts.Add(items.Count);
                keyBytes.AddRange(key);
                previous = key;
            }
            else if (items[^1] == item) continue;
            items.Add(item);
        }
        keyStarts.Add(keyBytes.Count);
        itemStarts.Add(items.Count);
        return new NameIndex([.. keyBytes], [.. keyStarts], [.. itemStarts], [.. items]);
    }

    /// <summary>The items filed under <paramref name="key"/>, in their indexed order; empty when the key is unknown.</summary>
    public ReadOnlySpan<int> Find(string key)
    {
        if (key.Length == 0) return [];
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> buffer = max <= 512 ? stackalloc byte[max] : new byte[max];
        var query = buffer[..Encoding.UTF8.GetBytes(key, buffer)];
        int low = 0, high = KeyCount - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var c = Key(middle).SequenceCompareTo(query);
            if (c == 0) return _items.AsSpan(_itemStarts[middle], _itemStarts[middle + 1] - _itemStarts[middle]);
            if (c < 0) low = middle + 1;
            else high = middle - 1;
        }
        return [];
    }

    private ReadOnlySpan<byte> Key(int i) => _keyBytes.AsSpan(_keyStarts[i], _keyStarts[i + 1] - _keyStarts[i]);

    public void Write(BinaryWriter writer)
    {
        WriteArray(writer, _keyBytes);
        WriteArray(writer, _keyStarts);
        WriteArray(writer, _itemStarts);
        WriteArray(writer, _items);
    }

    public static NameIndex Read(BinaryReader reader) =>
        new(ReadArray<byte>(reader), ReadArray<int>(reader), ReadArray<int>(reader), ReadArray<int>(reader));

    internal static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    internal static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        if (length < 0) throw new InvalidDataException("negative array length in snapshot");
        var values = new T[length];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        return values;
    }
}
