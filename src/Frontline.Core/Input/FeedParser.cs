using System.Globalization;
using CodeHollow.FeedReader;
using Frontline.Core.Model;
using HtmlAgilityPack;

namespace Frontline.Core.Input;

/// <summary>
/// RSS 0.9x/1.0/2.0 and Atom feed files saved on disk (CodeHollow.FeedReader): one article per item, its text the
/// title and the body (content, else description) with HTML markup removed, its date the item's publication date.
/// An item without a usable date takes the default date (--published) or is an error naming the feed and item.
/// </summary>
public static class FeedParser
{
    /// <summary>True when the text looks like a feed document: an XML prolog or an &lt;rss&gt;, &lt;rdf:RDF&gt; or &lt;feed&gt; root.</summary>
    public static bool LooksLikeFeed(string content)
    {
        var head = content.AsSpan().TrimStart();
        return head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
               || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<Article> Parse(string content, string input, DateOnly? defaultPublished)
    {
        var entries = Entries(content, input);
        if (entries.Count == 0) throw new InputException(input, null, "feed holds no items");
        var articles = new List<Article>(entries.Count);
        var item = 0;
        foreach (var entry in entries)
        {
            item++;
            var published = entry.Published is { } date
                ? ArticleParser.ParseDate(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), input, item)
                : defaultPublished ?? throw new InputException(input, item, $"item {item} has no publication date (give --published YYYY-MM-DD)");
            var id = entry.Key ?? $"{Path.GetFileNameWithoutExtension(input)}-{item}";
            articles.Add(ArticleParser.FromText(entry.Text, id, published, input, item) with { Title = entry.Title, Url = entry.Link });
        }
        return articles;
    }

    /// <summary>The feed's items as read, in feed order (none for an empty feed); a document that is no feed is an
    /// error naming the input.</summary>
    public static IReadOnlyList<FeedEntry> Entries(string content, string input)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(content);
        }
        // Whatever the third-party parser throws on a malformed document is the input's fault, never a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InputException(input, null, $"not a readable RSS or Atom feed: {e.Message}");
        }
        return feed.Items.Select(entry =>
        {
            var body = PlainText(entry.Content ?? entry.Description);
            var title = PlainText(entry.Title);
            var key = !string.IsNullOrWhiteSpace(entry.Id) ? entry.Id.Trim() : !string.IsNullOrWhiteSpace(entry.Link) ? entry.Link.Trim() : null;
            return new FeedEntry(key, string.IsNullOrWhiteSpace(entry.Link) ? null : entry.Link.Trim(), title, body,
                entry.PublishingDate, string.IsNullOrWhiteSpace(entry.Author) ? null : PlainText(entry.Author));
        }).ToList();
    }

    /// <summary>Feed bodies are HTML: the words a reader sees, entities decoded, paragraphs kept as line breaks.</summary>
    public static string PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var doc = new HtmlDocument();
        doc.LoadHtml(html.Replace("</p>", "</p>\n", StringComparison.OrdinalIgnoreCase).Replace("<br", "\n<br", StringComparison.OrdinalIgnoreCase));
        var text = HtmlEntity.DeEntitize(doc.DocumentNode.InnerText);
        var lines = text.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }
}

/// <summary>One feed item: its key (GUID, else link), link, title and body as plain text, publication time and author.</summary>
public sealed record FeedEntry(string? Key, string? Link, string Title, string Body, DateTime? Published, string? Author)
{
    /// <summary>The item as one text: its title, a blank line, its body.</summary>
    public string Text => string.IsNullOrEmpty(Title) ? Body : string.IsNullOrEmpty(Body) ? Title : $"{Title}\n\n{Body}";
}
