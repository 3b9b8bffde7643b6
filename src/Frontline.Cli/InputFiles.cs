using System.Text;
using Frontline.Core.Input;
using Frontline.Core.Model;

namespace Frontline.Cli;

/// <summary>
/// Opens what the user named: text files (need --published), JSON-lines files (.jsonl/.json, or any file whose
/// first character is '{'), RSS/Atom feed files saved on disk (.xml/.rss/.atom, or any file that opens as XML),
/// folders (their files of those kinds, sorted), or '-' for standard input.
/// Text must be valid UTF-8; anything else is rejected with the input's name.
/// </summary>
public static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static List<Article> ReadAll(IEnumerable<string> inputs, DateOnly? published)
    {
        var articles = new List<Article>();
        foreach (var input in inputs) articles.AddRange(Read(input, published));
        return articles;
    }

    public static IEnumerable<Article> Read(string input, DateOnly? published)
    {
        if (input == "-") return FromContent(ReadStdin(), "stdin", "stdin", published, jsonHint: false);
        if (Directory.Exists(input))
        {
            var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".jsonl" or ".json" or ".xml" or ".rss" or ".atom")
                .Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) throw new InputException(input, null, "folder holds no .txt, .jsonl, .json or feed (.xml, .rss, .atom) files");
            return files.SelectMany(f => Read(f, published)).ToList();
        }
        if (!File.Exists(input)) throw new InputException(input, null, "no such file or folder");
        string content;
        try
        {
            content = File.ReadAllText(input, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(input, null, "not valid UTF-8 text (binary file or another encoding)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(input, null, $"cannot read: {e.Message}");
        }
        var jsonHint = Path.GetExtension(input).ToLowerInvariant() is ".jsonl" or ".json";
        return FromContent(content, input, Path.GetFileNameWithoutExtension(input), published, jsonHint);
    }

    private static List<Article> FromContent(string content, string input, string id, DateOnly? published, bool jsonHint)
    {
        if (content.Length > 0 && content[0] == '\uFEFF') content = content[1..];
        if (!jsonHint && FeedParser.LooksLikeFeed(content)) return FeedParser.Parse(content, input, published).ToList();
        if (jsonHint || content.TrimStart().StartsWith('{'))
            return ArticleParser.FromJsonLines(new StringReader(content), input, published).ToList();
        if (published is null) throw new InputException(input, null, "plain text needs --published YYYY-MM-DD (the article's publication date)");
        return [ArticleParser.FromText(content, id, published.Value, input)];
    }

    private static string ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var reader = new StreamReader(stdin, StrictUtf8);
        try
        {
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("stdin", null, "not valid UTF-8 text");
        }
    }
}
