using System.Text;
using ZstdSharp;

namespace Frontline.Storage;

/// <summary>
/// How the store keeps a row's JSON and an article's text: Zstandard-compressed against a dictionary of Frontline's own
/// records (the field names, codes and actor names every row repeats), behind a one-byte format mark. A 1.1 KB event
/// row becomes a fifth of that, where compressing it alone halves it (docs/BENCHMARKS.md, session 16).
/// A value an earlier version wrote (text, or bytes that start with '{') is read as it is.
/// The dictionary of a mark never changes once rows are written with it; a new dictionary takes a new mark
/// (tools/store/build_packing_dictionary.py builds one).
/// </summary>
public static class RowPacking
{
    /// <summary>Zstandard with packing-dictionary-1.txt.</summary>
    private const byte ZstdDictionary1 = 1;

    /// <summary>Zstandard's level: 3, its default; higher levels gained 2-3 % on event rows at twice the time.</summary>
    private const int Level = 3;

    private static readonly byte[] Dictionary1 = ReadDictionary("packing-dictionary-1.txt");

    [ThreadStatic]
    private static Compressor? _compressor;

    [ThreadStatic]
    private static Decompressor? _decompressor;

    /// <summary>The thread's buffers: compression writes into one before the packed bytes are copied out once;
    /// decompression fills the other, which the caller reads before it asks again.</summary>
    [ThreadStatic]
    private static byte[]? _packed;

    [ThreadStatic]
    private static byte[]? _unpacked;

    /// <summary>UTF-8 text packed: the mark, then the compressed bytes.</summary>
    public static byte[] Pack(ReadOnlySpan<byte> utf8)
    {
        var compressor = _compressor ??= NewCompressor();
        var buffer = Scratch(ref _packed, 1 + Compressor.GetCompressBound(utf8.Length));
        buffer[0] = ZstdDictionary1;
        var length = compressor.Wrap(utf8, buffer.AsSpan(1));
        return buffer.AsSpan(0, 1 + length).ToArray();
    }

    public static byte[] Pack(string text) => Pack(Encoding.UTF8.GetBytes(text));

    /// <summary>The text a stored value holds, whichever version wrote it.</summary>
    public static string Unpack(object value) => value switch
    {
        string text => text,
        byte[] bytes => Encoding.UTF8.GetString(Utf8(bytes)),
        _ => throw new StoreException($"a stored value of type {value.GetType().Name} is neither text nor packed bytes"),
    };

    /// <summary>The UTF-8 text stored bytes hold (packed, or as an earlier version wrote them), valid until this thread
    /// unpacks again: a row's JSON is parsed from it with no string made on the way.</summary>
    public static ReadOnlySpan<byte> Utf8(byte[] stored) => stored is [ZstdDictionary1, ..] ? Decompress(stored.AsSpan(1)) : stored;

    private static ReadOnlySpan<byte> Decompress(ReadOnlySpan<byte> compressed)
    {
        var decompressor = _decompressor ??= NewDecompressor();
        var size = Decompressor.GetDecompressedSize(compressed);
        if (size > int.MaxValue) throw new StoreException($"a packed value claims {size} bytes");
        var text = Scratch(ref _unpacked, (int)size);
        var length = decompressor.Unwrap(compressed, text);
        return text.AsSpan(0, length);
    }

    private static byte[] Scratch(ref byte[]? buffer, int size) =>
        buffer is { } b && b.Length >= size ? b : buffer = new byte[Math.Max(size, 2 * (buffer?.Length ?? 8 * 1024))];

    private static Compressor NewCompressor()
    {
        var compressor = new Compressor(Level);
        compressor.LoadDictionary(Dictionary1);
        return compressor;
    }

    private static Decompressor NewDecompressor()
    {
        var decompressor = new Decompressor();
        decompressor.LoadDictionary(Dictionary1);
        return decompressor;
    }

    private static byte[] ReadDictionary(string name)
    {
        using var stream = typeof(RowPacking).Assembly.GetManifestResourceStream($"Frontline.Storage.{name}")
                           ?? throw new InvalidOperationException($"the store's packing dictionary {name} is not built into Frontline.Storage");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
