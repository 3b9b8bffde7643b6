using System.Text.RegularExpressions;

namespace Frontline.Watch;

/// <summary>An article page's main text and what the page says of itself, as SmartReader (a port of Mozilla's
/// Readability) extracts them.</summary>
public sealed record PageArticle(string Text, string? Title, string? Byline, DateTimeOffset? Published);

public static partial class PageText
{
    /// <summary>Fewer characters than this of main text is no article (a cookie wall, an index page, a video).</summary>
    public const int MinChars = 250;

    /// <summary>The page's main text, paragraphs kept one per line, or null when the page holds no article.</summary>
    public static PageArticle? Extract(Uri url, string html)
    {
        SmartReader.Article page;
        try
        {
            // The reader parses the HTML it is given; it fetches nothing (two-argument ParseArticle would take the HTML
            // for a User-Agent and fetch the address).
            using var reader = new SmartReader.Reader(url.AbsoluteUri, html);
            page = reader.GetArticle();
        }
        // A page the extractor cannot make sense of is a page without an article, never a crash of the watcher.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
        if (!page.IsReadable || string.IsNullOrWhiteSpace(page.TextContent)) return null;
        var lines = page.TextContent.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        var text = string.Join('\n', lines);
        if (text.Length < MinChars) return null;
        return new PageArticle(text, Blank(page.Title), Blank(page.Byline ?? page.Author), page.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"[ \t\r\f\v\u00A0]+")]
    private static partial Regex Spaces();
}
