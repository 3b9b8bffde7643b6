using System.Globalization;
using System.Text.Json;
using Frontline.Core.Input;
using Frontline.Storage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Frontline.Watch;

/// <summary>One source of the sources file: a feed (RSS/Atom) or an article page, how often to poll it, and what its
/// articles are known to be (the country they report on, their language, how far the user trusts them).</summary>
public sealed record SourceEntry(string Url, TimeSpan Every, string? Country = null, string? Language = null, string? Trust = null)
{
    /// <summary>The hints as the ledger keeps them (JSON), null when there are none.</summary>
    public string? HintsJson => new SourceHints(Country, Language, Trust).ToJson();

    public WatchSource ToLedger() => new(Url, Every, HintsJson);
}

/// <summary>A source's hints, kept in the ledger as JSON (only those given).</summary>
public sealed record SourceHints(string? Country, string? Language, string? Trust)
{
    public string? ToJson() => Country is null && Language is null && Trust is null
        ? null
        : JsonSerializer.Serialize(new Dictionary<string, string?> { ["country"] = Country, ["language"] = Language, ["trust"] = Trust }
            .Where(kv => kv.Value is not null).ToDictionary());

    public static SourceHints Parse(string? json)
    {
        if (json is null) return new SourceHints(null, null, null);
        var map = JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        return new SourceHints(map.GetValueOrDefault("country"), map.GetValueOrDefault("language"), map.GetValueOrDefault("trust"));
    }
}

/// <summary>
/// The watcher's configuration, a YAML file:
/// <code>
/// sources:
///   - url: https://example.org/world/rss.xml
///     every: 5m          # 90s, 5m, 1h, 1d; at least 10s
///     country: SY        # optional: ISO code or name, as --country
///     language: en       # optional
///     trust: high        # optional, kept with the source
/// alerts: [...]          # see AlertRule
/// </code>
/// Every mistake is an error naming the file and line.
/// </summary>
public sealed record SourcesFile(IReadOnlyList<SourceEntry> Sources, IReadOnlyList<AlertRule> Alerts)
{
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(10);

    public static SourcesFile Load(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, null, "sources file not found");
        return Parse(File.ReadAllText(path), path);
    }

    public static SourcesFile Parse(string yaml, string input)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InputException(input, (int)e.Start.Line, $"not valid YAML: {e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InputException(input, null, "expected a mapping with a 'sources:' list");
        var reader = new YamlFields(input);
        reader.OnlyKeys(root, "sources", "alerts");
        var sources = reader.List(root, "sources", required: true).Select(node => Source(reader, node)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (source, node) in sources.Zip(reader.List(root, "sources", required: true)))
            if (!seen.Add(source.Url)) throw new InputException(input, Line(node), $"source {source.Url} is listed twice");
        var alerts = reader.List(root, "alerts", required: false).Select(node => AlertRule.Read(reader, node)).ToList();
        return new SourcesFile(sources, alerts);
    }

    private static SourceEntry Source(YamlFields reader, YamlNode node)
    {
        var map = reader.Mapping(node, "a source");
        reader.OnlyKeys(map, "url", "every", "country", "language", "trust");
        var url = reader.String(map, "url") ?? throw new InputException(reader.Input, Line(node), "a source needs a url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InputException(reader.Input, Line(node), $"url '{url}' is not an http(s) address");
        var every = reader.String(map, "every") ?? throw new InputException(reader.Input, Line(node), $"source {url} needs 'every' (90s, 5m, 1h)");
        var interval = Interval(every) ?? throw new InputException(reader.Input, Line(node), $"every '{every}': expected a number and s, m, h or d (90s, 5m, 1h)");
        if (interval < ShortestInterval) throw new InputException(reader.Input, Line(node), $"every '{every}': polling more often than every {ShortestInterval.TotalSeconds:0}s hammers the source");
        var country = reader.String(map, "country") is { } c ? ArticleParser.CountryHint(c, reader.Input, Line(node)) : null;
        return new SourceEntry(uri.AbsoluteUri, interval, country, reader.String(map, "language"), reader.String(map, "trust"));
    }

    /// <summary>"90s", "5m", "1h", "2d" (a bare number is seconds), or null.</summary>
    public static TimeSpan? Interval(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length == 0) return null;
        var unit = char.IsLetter(t[^1]) ? t[^1] : 's';
        var digits = char.IsLetter(t[^1]) ? t[..^1] : t;
        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return unit switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
    }

    internal static int Line(YamlNode node) => (int)node.Start.Line;
}

/// <summary>Reads the fields of YAML mappings, every mistake an error naming the file and line.</summary>
internal sealed class YamlFields(string input)
{
    public string Input { get; } = input;

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw new InputException(Input, SourcesFile.Line(node), $"expected {what} as 'key: value' lines");

    public IReadOnlyList<YamlNode> List(YamlMappingNode map, string key, bool required)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is YamlScalarNode { Value: null or "" })
            return required ? throw new InputException(Input, SourcesFile.Line(map), $"'{key}:' list missing") : [];
        return node is YamlSequenceNode list ? list.Children.ToList() : throw new InputException(Input, SourcesFile.Line(node), $"'{key}:' must be a list");
    }

    public string? String(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return null;
        return node is YamlScalarNode scalar
            ? string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim()
            : throw new InputException(Input, SourcesFile.Line(node), $"'{key}' must be a single value");
    }

    public IReadOnlyList<string> Strings(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return [];
        return node switch
        {
            YamlScalarNode { Value: { Length: > 0 } v } => [v.Trim()],
            YamlSequenceNode list => list.Children.Select(c => c is YamlScalarNode { Value: { } s } ? s.Trim()
                : throw new InputException(Input, SourcesFile.Line(c), $"'{key}' must list plain values")).ToList(),
            _ => throw new InputException(Input, SourcesFile.Line(node), $"'{key}' must be a value or a list of values"),
        };
    }

    public double? Number(YamlMappingNode map, string key) =>
        String(map, key) is { } s
            ? double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
                : throw new InputException(Input, SourcesFile.Line(map.Children[new YamlScalarNode(key)]), $"'{key}' must be a number")
            : null;

    public void OnlyKeys(YamlMappingNode map, params string[] known)
    {
        foreach (var (key, _) in map.Children)
            if (key is not YamlScalarNode { Value: { } k } || !known.Contains(k))
                throw new InputException(Input, SourcesFile.Line(key), $"unknown key '{(key as YamlScalarNode)?.Value}' (known: {string.Join(", ", known)})");
    }
}
