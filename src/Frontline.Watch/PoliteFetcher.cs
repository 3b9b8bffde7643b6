using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;

namespace Frontline.Watch;

/// <summary>A document as fetched: where it ended up (after redirects), its status (200, or 304 when unchanged), body and
/// the validators for the next conditional GET.</summary>
public sealed record FetchedDocument(Uri Url, HttpStatusCode Status, byte[] Body, string? ContentType, string? ETag, string? LastModified)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;

    /// <summary>The body as text: the charset the server named, else a byte-order mark, else an XML prolog's encoding,
    /// else UTF-8.</summary>
    public string Text => BodyText.Decode(Body, ContentType);
}

/// <summary>Why a fetch failed, for the source's report. <see cref="Transient"/> failures (a 5xx, 408 or 429, a timeout,
/// a refused connection) are retried; the rest are not. <see cref="Status"/> is the HTTP status when the server answered
/// with an error.</summary>
public sealed class FetchException(string message, bool transient = false, Exception? inner = null, int? status = null) : Exception(message, inner)
{
    public bool Transient { get; } = transient;

    public int? Status { get; } = status;
}

/// <summary>How the fetcher behaves towards the sites it reads.</summary>
public sealed record FetchPolicy
{
    public static readonly string DefaultUserAgent = $"Frontline/{typeof(FetchPolicy).Assembly.GetName().Version?.ToString(3) ?? "1.0"} (conflict monitor; honours robots.txt)";

    /// <summary>What robots.txt groups are matched against.</summary>
    public const string ProductToken = "Frontline";

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>One attempt, connection to last byte.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A body larger than this (after decompression) is refused: no feed or article page is that large.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    public int PerHost { get; init; } = 2;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Attempts after the first, for transient failures, exponentially spaced with jitter.</summary>
    public int Retries { get; init; } = 2;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a site's robots.txt is trusted before it is read again.</summary>
    public TimeSpan RobotsFor { get; init; } = TimeSpan.FromHours(1);
}

/// <summary>
/// HTTP GET as a well-behaved crawler does it: conditional (ETag, If-Modified-Since), compressed, a bounded number of
/// redirects, a timeout and a size cap, a User-Agent naming Frontline, robots.txt honoured, at most
/// <see cref="FetchPolicy.PerHost"/> requests at a time to one host, transient failures retried with exponential
/// backoff and jitter (Polly). Thread-safe: one fetcher serves every source of a worker.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly FetchPolicy _policy;
    private readonly ResiliencePipeline _retry;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, RobotsRules Rules)> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _clock;

    public PoliteFetcher(FetchPolicy? policy = null, TimeProvider? clock = null)
    {
        _policy = policy ?? new FetchPolicy();
        _clock = clock ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = _policy.MaxRedirects,
            ConnectTimeout = _policy.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(_policy.UserAgent);
        _retry = _policy.Retries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<FetchException>(e => e.Transient),
                    MaxRetryAttempts = _policy.Retries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = _policy.RetryDelay,
                })
                .Build();
    }

    /// <summary>Fetches a document, conditionally when validators are given; throws <see cref="FetchException"/> with a
    /// message fit for the source's report. <paramref name="sending"/> hears when the first request is about to leave
    /// (after robots.txt and the wait for the host's turn).</summary>
    public async Task<FetchedDocument> GetAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancel = default, Action? sending = null)
    {
        if (!(await RobotsOf(url, cancel)).Allows(url.PathAndQuery)) throw new FetchException("robots.txt forbids this address");
        return await Retrying(url, etag, lastModified, cancel, sending);
    }

    /// <summary>One GET, its transient failures tried again (no robots.txt check: robots.txt itself is fetched so).</summary>
    private async Task<FetchedDocument> Retrying(Uri url, string? etag, string? lastModified, CancellationToken cancel, Action? sending = null) =>
        await _retry.ExecuteAsync(async token => await AttemptAsync(url, etag, lastModified, token, sending), cancel);

    private async Task<FetchedDocument> AttemptAsync(Uri url, string? etag, string? lastModified, CancellationToken cancel, Action? sending)
    {
        var gate = _hosts.GetOrAdd(url.Authority, _ => new SemaphoreSlim(_policy.PerHost, _policy.PerHost));
        await gate.WaitAsync(cancel);
        try
        {
            sending?.Invoke();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(_policy.Timeout);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                WatchMetrics.Responses.WithLabels($"{(int)response.StatusCode / 100}xx").Inc();
                var finalUrl = response.RequestMessage?.RequestUri ?? url;
                var status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return new FetchedDocument(finalUrl, response.StatusCode, [], null, etag, lastModified);
                if (status is >= 300 and < 400) throw new FetchException($"more than {_policy.MaxRedirects} redirects (a redirect loop?)");
                if (status >= 400)
                    throw new FetchException($"HTTP {status} {response.ReasonPhrase}", transient: status >= 500 || status is 408 or 429, status: status);
                if (response.Content.Headers.ContentLength > _policy.MaxBytes)
                    throw new FetchException($"body of {response.Content.Headers.ContentLength:N0} bytes is over the {_policy.MaxBytes:N0}-byte cap");
                var body = await ReadCapped(response.Content, timeout.Token);
                return new FetchedDocument(finalUrl, response.StatusCode, body, response.Content.Headers.ContentType?.ToString(),
                    response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
            }
            catch (OperationCanceledException e) when (!cancel.IsCancellationRequested)
            {
                WatchMetrics.Responses.WithLabels("failed").Inc();
                throw new FetchException($"no complete answer within {_policy.Timeout.TotalSeconds:0.#} s", transient: true, e);
            }
            catch (HttpRequestException e)
            {
                WatchMetrics.Responses.WithLabels("failed").Inc();
                throw new FetchException($"cannot reach {url.Authority}: {e.Message}", transient: true, e);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<byte[]> ReadCapped(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > _policy.MaxBytes) throw new FetchException($"body is over the {_policy.MaxBytes:N0}-byte cap");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The site's robots.txt rules, read once per <see cref="FetchPolicy.RobotsFor"/>. A site without one (4xx)
    /// allows everything; one whose robots.txt cannot be read (5xx, unreachable) is not crawled this time (RFC 9309).</summary>
    private async Task<RobotsRules> RobotsOf(Uri url, CancellationToken cancel)
    {
        var site = url.GetLeftPart(UriPartial.Authority);
        var now = _clock.GetUtcNow();
        if (_robots.TryGetValue(site, out var known) && known.Until > now) return known.Rules;
        RobotsRules rules;
        try
        {
            var document = await Retrying(new Uri(site + "/robots.txt"), null, null, cancel);
            rules = RobotsRules.Parse(document.Text, FetchPolicy.ProductToken);
        }
        catch (FetchException e) when (e is { Transient: false, Status: >= 400 and < 500 })
        {
            rules = RobotsRules.AllowAll;
        }
        catch (FetchException e)
        {
            throw new FetchException($"robots.txt unreadable ({e.Message}): not crawled this time", e.Transient, e);
        }
        _robots[site] = (now + _policy.RobotsFor, rules);
        return rules;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>Bytes to text the way browsers pick the encoding.</summary>
internal static class BodyText
{
    // Pages and feeds still come in legacy code pages (windows-1252, ISO-8859-6, KOI8-R) that .NET reads only once told.
    static BodyText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType)
    {
        var encoding = Named(Charset(contentType)) ?? BomEncoding(body) ?? Named(XmlDeclared(body)) ?? Encoding.UTF8;
        var text = encoding.GetString(body);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static string? Charset(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media) ? media.CharSet?.Trim('"') : null;

    private static Encoding? BomEncoding(byte[] body) =>
        body is [0xEF, 0xBB, 0xBF, ..] ? Encoding.UTF8 : body is [0xFF, 0xFE, ..] ? Encoding.Unicode : body is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode : null;

    private static string? XmlDeclared(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 200));
        var match = System.Text.RegularExpressions.Regex.Match(head, @"^\s*<\?xml[^>]*encoding=[""']([A-Za-z0-9._-]+)[""']");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
