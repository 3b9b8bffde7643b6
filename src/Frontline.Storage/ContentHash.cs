using System.Security.Cryptography;
using System.Text;
using Frontline.Core.Model;

namespace Frontline.Storage;

/// <summary>An article's identity in the store: the same text published the same day is the same article,
/// whatever id or file name it arrived under.</summary>
public static class ContentHash
{
    public static string Of(Article article)
    {
        var bytes = Encoding.UTF8.GetBytes($"{article.Published:yyyy-MM-dd}\n{article.Text}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>A stored event's id, stable across runs and stores: the article's content hash and the event's position in it.</summary>
    public static string EventId(string articleHash, string analysisEventId) =>
        $"{articleHash[..16]}/{analysisEventId[(analysisEventId.LastIndexOf('/') + 1)..]}";
}
