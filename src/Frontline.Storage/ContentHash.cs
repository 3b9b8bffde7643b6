using System.Security.Cryptography;
using System.Text;
using Frontline.Core.Model;

namespace Frontline.Storage;

/// <summary>An article's identity in the store: the same text published the same day is the same article,
/// whatever id or file name it arrived under.</summary>
public static class ContentHash
{
    public static string Of(Article article) => Of($"{article.Published:yyyy-MM-dd}\n{article.Text}");

    /// <summary>A text's SHA-256, as lower-case hex: what names a feed item without an address, or a polled page's version.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A stored event's id, stable across runs and stores: the article's content hash and the event's position in it.</summary>
    public static string EventId(string articleHash, string analysisEventId) =>
        $"{articleHash[..16]}/{analysisEventId[(analysisEventId.LastIndexOf('/') + 1)..]}";
}
