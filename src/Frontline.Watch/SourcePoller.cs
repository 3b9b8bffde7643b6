using Frontline.Core.Input;
using Frontline.Core.Model;
using Frontline.Storage;
using Microsoft.Extensions.Logging;

namespace Frontline.Watch;

/// <summary>What one poll of one source found and did: the ledger's outcome, the articles it stored with their
/// analyses (for alerts and the live dashboard), and the items it had to leave.</summary>
public sealed record PollReport(string Source, PollOutcome Outcome, IReadOnlyList<(ArticleAnalysis Analysis, string Hash)> Stored, int Skipped, int Failed, int AlreadyStored);

/// <summary>
/// One poll of one leased source: a conditional GET of the feed (or page); the items no worker has stored or is
/// fetching, each claimed in the ledger before its page is fetched, so an item is fetched by one worker only; the full
/// text of items that carry only a summary, from their page (<see cref="PageText"/>); analysis and one transactional,
/// idempotent ingest for the poll's new articles. A failure is the source's (its error recorded and the source backed
/// off), never the worker's.
/// </summary>
public sealed class SourcePoller(WatchStore store, PoliteFetcher fetcher, Func<Article, ArticleAnalysis> analyze, WatchOptions options, ILogger logger, TimeProvider clock)
{
    public async Task<PollReport> PollAsync(LeasedSource source, CancellationToken cancel)
    {
        var started = clock.GetUtcNow();
        var hints = SourceHints.Parse(source.Hints);
        try
        {
            // The poll begins when its request leaves, which may be a while after the lease (the host's turn): the source
            // is due again one interval after that, so the site never sees two polls closer than the interval.
            var document = await fetcher.GetAsync(new Uri(source.Url), source.ETag, source.LastModified, cancel, sending: () =>
            {
                if (clock.GetUtcNow() - started <= TimeSpan.FromMilliseconds(100)) return;
                // The time is taken once the store is this poll's (another poll's ingest may hold it a while), just
                // before the request leaves.
                store.Ledger(l =>
                {
                    started = clock.GetUtcNow();
                    l.PollBegins(options.Worker, source.Url, started + source.Every);
                });
            });
            if (document.NotModified)
                return Report(source, started, "not modified", null, document.ETag, document.LastModified, [], 0, 0, 0);
            var items = ItemsOf(document, source.Url);
            var fresh = NewItems(items, source.Url);
            var fetched = new List<(WatchItem Item, Article Article)>();
            int skipped = 0, failed = 0;
            await Parallel.ForEachAsync(fresh, new ParallelOptions { MaxDegreeOfParallelism = options.Fetch.PerHost, CancellationToken = cancel }, async (item, token) =>
            {
                var (article, fate, note) = await ArticleOf(item, document, hints, token);
                lock (fetched)
                {
                    if (article is not null) fetched.Add((item, article));
                    else if (fate == ItemFate.Failed) failed++;
                    else skipped++;
                }
                if (article is null)
                {
                    store.Ledger(l => l.SettleItem(item.Key, fate, note));
                    logger.LogWarning("{Source}: item {Item} {Fate}: {Note}", source.Url, item.Link ?? item.Key, fate.ToString().ToLowerInvariant(), note);
                }
            });
            var (stored, present) = Store(fetched);
            return Report(source, started, "ok", null, document.ETag, document.LastModified, stored, skipped, failed, present);
        }
        catch (Exception e) when (e is FetchException or InputException)
        {
            var failures = source.Failures + 1;
            var backoff = Backoff(source.Every, failures);
            logger.LogWarning("{Source}: poll failed ({Failures} in a row), next try in {Backoff}: {Error}", source.Url, failures, backoff, e.Message);
            var outcome = new PollOutcome(started, started + backoff, "error", e.Message, source.ETag, source.LastModified, 0, failures);
            return new PollReport(source.Url, outcome, [], 0, 0, 0);
        }
    }

    /// <summary>A failing source waits its interval doubled for each failure in a row, up to the longest backoff (never
    /// less than its interval), so a broken source is tried ever more rarely and never hammered.</summary>
    public TimeSpan Backoff(TimeSpan every, int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures, 16));
        var longest = every > options.MaxBackoff ? every : options.MaxBackoff;
        return TimeSpan.FromMilliseconds(Math.Min(every.TotalMilliseconds * factor, longest.TotalMilliseconds));
    }

    private PollReport Report(LeasedSource source, DateTimeOffset started, string status, string? error, string? etag, string? lastModified,
        IReadOnlyList<(ArticleAnalysis, string)> stored, int skipped, int failed, int present) =>
        new(source.Url, new PollOutcome(started, started + source.Every, status, error, etag, lastModified, stored.Count, 0), stored, skipped, failed, present);

    /// <summary>A feed's items, or a page as its own single item (keyed by its address and text, so a page that changes
    /// is read again).</summary>
    private IReadOnlyList<WatchItem> ItemsOf(FetchedDocument document, string sourceUrl)
    {
        var text = document.Text;
        if (IsFeed(document, text))
            return FeedParser.Entries(text, sourceUrl).Select(e => WatchItem.Of(e, document.Url)).Take(options.MaxItemsPerPoll * 4).ToList();
        var page = PageText.Extract(document.Url, text)
                   ?? throw new InputException(sourceUrl, null, "neither a feed nor a page with an article");
        return [new WatchItem($"{document.Url.AbsoluteUri}#{ContentHash.Of(page.Text)[..16]}", document.Url.AbsoluteUri, page.Title ?? "", page.Text, page.Published, page.Byline, page)];
    }

    private static bool IsFeed(FetchedDocument document, string text) =>
        document.ContentType is { } type && (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase)
                                             || type.Contains("xml", StringComparison.OrdinalIgnoreCase))
        || FeedParser.LooksLikeFeed(text);

    /// <summary>The items no worker has settled or is fetching, each now claimed by this worker.</summary>
    private List<WatchItem> NewItems(IReadOnlyList<WatchItem> items, string sourceUrl)
    {
        var now = clock.GetUtcNow();
        var unique = items.DistinctBy(i => i.Key, StringComparer.Ordinal).ToList();
        var settled = store.Ledger(l => l.SettledItems(unique.Select(i => i.Key), now));
        var fresh = new List<WatchItem>();
        foreach (var item in unique.Where(i => !settled.Contains(i.Key)))
        {
            if (fresh.Count == options.MaxItemsPerPoll) break;
            if (store.Ledger(l => l.ClaimItem(options.Worker, item.Key, sourceUrl, now, now + options.ClaimFor))) fresh.Add(item);
        }
        return fresh;
    }

    /// <summary>The item's article: its feed text when full, else its page's main text; null with the item's fate when
    /// there is none to store.</summary>
    private async Task<(Article? Article, ItemFate Fate, string? Note)> ArticleOf(WatchItem item, FetchedDocument feed, SourceHints hints, CancellationToken cancel)
    {
        var text = item.Body;
        string? title = item.Title, byline = item.Author;
        var published = item.Published;
        if (item.Page is null && item.Body.Length < options.SummaryChars && item.Link is not null && Uri.TryCreate(feed.Url, item.Link, out var pageUrl))
        {
            try
            {
                var page = await fetcher.GetAsync(pageUrl, cancel: cancel);
                if (PageText.Extract(page.Url, page.Text) is { } article)
                {
                    text = article.Text;
                    title = string.IsNullOrEmpty(title) ? article.Title ?? "" : title;
                    byline ??= article.Byline;
                    published ??= article.Published;
                }
            }
            catch (FetchException e) when (e.Transient)
            {
                return (null, ItemFate.Failed, $"page not fetched: {e.Message}");
            }
            catch (FetchException e) when (item.Body.Length == 0)
            {
                return (null, ItemFate.Skipped, $"page not fetched: {e.Message}");
            }
            catch (FetchException)
            {
                // The page is refused (robots.txt, 404, too large): the feed's own summary is what there is.
            }
        }
        var full = string.IsNullOrEmpty(title) || text.StartsWith(title, StringComparison.Ordinal) ? text : string.IsNullOrEmpty(text) ? title : $"{title}\n\n{text}";
        if (Words(full) < MinWords) return (null, ItemFate.Skipped, "no article text");
        var when = published ?? clock.GetUtcNow();
        try
        {
            var article = ArticleParser.FromText(full, item.Link ?? item.Key, DateOnly.FromDateTime(when.UtcDateTime), item.Link ?? item.Key) with
            {
                Title = string.IsNullOrEmpty(title) ? null : title,
                Url = item.Link,
                Country = hints.Country,
                Byline = byline,
                PublishedAt = published,
            };
            return (article, ItemFate.Stored, null);
        }
        catch (InputException e)
        {
            return (null, ItemFate.Skipped, e.Message);
        }
    }

    /// <summary>Fewer words than this is a headline without a story or a page without one.</summary>
    private const int MinWords = 12;

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Analyses the poll's new articles on all cores and stores them in one transaction; each item is then
    /// settled as stored (an article whose text the store already held, from another feed or address, counts as present).</summary>
    private (List<(ArticleAnalysis, string)> Stored, int Present) Store(List<(WatchItem Item, Article Article)> fetched)
    {
        if (fetched.Count == 0) return ([], 0);
        var analyses = fetched.AsParallel().AsOrdered().Select(f =>
        {
            var timer = System.Diagnostics.Stopwatch.StartNew();
            var analysis = analyze(f.Article);
            WatchMetrics.AnalysisSeconds.Observe(timer.Elapsed.TotalSeconds);
            return analysis;
        }).ToList();
        var result = store.Ingest(analyses);
        var present = new HashSet<string>(result.AlreadyPresent ?? [], StringComparer.Ordinal);
        store.Ledger(l =>
        {
            foreach (var (item, _) in fetched) l.SettleItem(item.Key, ItemFate.Stored);
        });
        var stored = analyses.Where(a => !present.Contains(a.Article.Id)).Select(a => (a, ContentHash.Of(a.Article))).ToList();
        var now = clock.GetUtcNow();
        foreach (var (analysis, _) in stored)
        {
            WatchMetrics.NewArticles.Inc();
            WatchMetrics.Events.Inc(analysis.Events.Count);
            if (analysis.Article.PublishedAt is { } published && published <= now) WatchMetrics.LagSeconds.Observe((now - published).TotalSeconds);
        }
        return (stored, fetched.Count - stored.Count);
    }
}

/// <summary>A feed item (or a polled page) on its way to the store; <see cref="Key"/> names it in the ledger: its
/// address where it has one (the same story in two feeds is one item), else its GUID, else a hash of its text.</summary>
public sealed record WatchItem(string Key, string? Link, string Title, string Body, DateTimeOffset? Published, string? Author, PageArticle? Page = null)
{
    public static WatchItem Of(FeedEntry entry, Uri feedUrl)
    {
        var link = entry.Link is not null && Uri.TryCreate(feedUrl, entry.Link, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.GetLeftPart(UriPartial.Query)
            : null;
        var key = link ?? entry.Key ?? "text:" + ContentHash.Of(entry.Text);
        DateTimeOffset? published = entry.Published is { } d
            ? new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime())
            : null;
        return new WatchItem(key, link, entry.Title, entry.Body, published, entry.Author);
    }
}
