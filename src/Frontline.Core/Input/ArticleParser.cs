using System.Globalization;
using System.Text.Json;
using Frontline.Core.Model;

namespace Frontline.Core.Input;

/// <summary>
/// Turns raw input into articles, rejecting what cannot be analyzed with a message that names the input and
/// line: empty or binary text, malformed JSON lines, missing fields, impossible or far-off dates, oversized text.
/// </summary>
public static class ArticleParser
{
    /// <summary>Largest article accepted (characters), about 25,000 words, far above any news report; longer text is almost certainly not one report. Analysis time grows faster than linearly with an article's
    /// sentences, so a book-length input is rejected (split it) rather than left to run for minutes.</summary>
    public const int MaxArticleChars = 150_000;

    public static DateOnly ParseDate(string? value, string input, int? line)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new InputException(input, line, "missing publication date (use YYYY-MM-DD)");
        var date = ParseDay(value, input, line, "publication date");
        if (date.Year < 1900 || date > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2))
            throw new InputException(input, line, $"publication date {value} is out of range (1900 to today)");
        return date;
    }

    /// <summary>A date filter (--since, ?until=): a real YYYY-MM-DD date; it may lie in the future.</summary>
    public static DateOnly ParseFilterDate(string value, string name) => ParseDay(value, name, null, "date");

    private static DateOnly ParseDay(string value, string input, int? line, string what) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException(input, line, $"invalid {what} '{Truncate(value)}' (expected a real date as YYYY-MM-DD)");

    /// <summary>A country hint as an ISO alpha-2 code: a code or a name the gazetteer knows; anything else is an error
    /// naming the input and line.</summary>
    public static string CountryHint(string value, string input, int? line)
    {
        var gazetteer = Knowledge.KnowledgeBase.Default.Gazetteer;
        return (gazetteer.CountryByCode(value.Trim()) ?? gazetteer.FindCountry(value.Trim()))?.Iso2
               ?? throw new InputException(input, line, $"unknown country '{Truncate(value)}'");
    }

    public static Article FromText(string text, string id, DateOnly published, string input, int? line = null)
    {
        Validate(text, input, line);
        return new Article(id, published, text);
    }

    /// <summary>JSON lines: {"id", "published", "text", "title"?, "url"?}; extra fields are ignored.</summary>
    public static IEnumerable<Article> FromJsonLines(TextReader reader, string input, DateOnly? defaultPublished)
    {
        string? raw;
        var line = 0;
        while ((raw = reader.ReadLine()) != null)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            if (raw.Length > MaxArticleChars * 2) throw new InputException(input, line, $"line of {raw.Length:N0} characters exceeds the limit");
            yield return FromJsonLine(raw, input, line, defaultPublished);
        }
        if (line == 0) throw new InputException(input, null, "empty input: no articles");
    }

    public static Article FromJsonLine(string raw, string input, int line, DateOnly? defaultPublished)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new InputException(input, line, $"malformed JSON: {e.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InputException(input, line, "expected a JSON object per line");
            var text = String(root, "text", input, line) ?? throw new InputException(input, line, "missing \"text\"");
            var id = String(root, "id", input, line) ?? $"{Path.GetFileNameWithoutExtension(input)}-{line}";
            var publishedRaw = String(root, "published", input, line);
            var published = publishedRaw is null && defaultPublished is { } d ? d : ParseDate(publishedRaw, input, line);
            Validate(text, input, line);
            var country = String(root, "country", input, line) is { } hint ? CountryHint(hint, input, line) : null;
            return new Article(id, published, text, String(root, "title", input, line), String(root, "url", input, line), country);
        }
    }

    private static string? String(JsonElement root, string name, string input, int line)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number when name == "id" => v.GetRawText(),
            _ => throw new InputException(input, line, $"\"{name}\" must be a string"),
        };
    }

    private static void Validate(string text, string input, int? line)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(input, line, "empty text: nothing to analyze");
        if (text.Length > MaxArticleChars) throw new InputException(input, line, $"text of {text.Length:N0} characters exceeds the {MaxArticleChars:N0}-character limit for one article; split it into reports");
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0') throw new InputException(input, line, "binary data (NUL bytes), not text");
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) control++;
        }
        if (control > 0 && control * 20 > text.Length) throw new InputException(input, line, "binary data (control characters), not text");
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
