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

    /// <summary>Every article of every input at once, for output that needs them all (one JSON document, a table).</summary>
    public static List<Article> ReadAll(IEnumerable<string> inputs, DateOnly? published, string? country = null) =>
        ReadEach(inputs, published, country).ToList();

    /// <summary>The articles of every input, read as they are enumerated: a JSON-lines file line by line, any other file
    /// whole, so a corpus is never held at once. Enumerating again reads the files again (standard input is read once
    /// and kept).</summary>
    /// <param name="country">The --country hint (ISO alpha-2) for articles that carry none of their own.</param>
    public static IEnumerable<Article> ReadEach(IEnumerable<string> inputs, DateOnly? published, string? country = null)
    {
        foreach (var input in inputs)
            foreach (var article in ReadLazily(input, published))
                yield return article.Country is null && country is not null ? article with { Country = country } : article;
    }

    /// <summary>Reads every input through, so that a bad one is an error before any output; returns how many articles
    /// they hold.</summary>
    public static int Check(IEnumerable<string> inputs, DateOnly? published, string? country = null) => ReadEach(inputs, published, country).Count();

    private static IEnumerable<Article> ReadLazily(string input, DateOnly? published)
    {
        if (Directory.Exists(input)) return FilesIn(input).SelectMany(f => ReadLazily(f, published));
        return File.Exists(input) && IsJsonLines(input) ? JsonLinesOf(input, published) : ReadWhole(input, published);
    }

    /// <summary>A JSON-lines file, one line at a time; an undecodable byte is the same error as for a file read whole.</summary>
    private static IEnumerable<Article> JsonLinesOf(string path, DateOnly? published)
    {
        using var reader = Open(path, p => new StreamReader(p, StrictUtf8));
        using var lines = ArticleParser.FromJsonLines(reader, path, published).GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = lines.MoveNext();
            }
            catch (DecoderFallbackException)
            {
                throw NotUtf8(path);
            }
            catch (IOException e)
            {
                throw CannotRead(path, e);
            }
            if (!more) yield break;
            yield return lines.Current;
        }
    }

    /// <summary>Standard input, or a file that is not JSON lines (text, a feed), read whole.</summary>
    private static List<Article> ReadWhole(string input, DateOnly? published)
    {
        if (input == "-") return FromContent(Stdin.Value, "stdin", "stdin", published, jsonHint: false);
        if (!File.Exists(input)) throw new InputException(input, null, "no such file or folder");
        var content = Open(input, p => File.ReadAllText(p, StrictUtf8));
        return FromContent(content, input, Path.GetFileNameWithoutExtension(input), published, IsJsonLines(input));
    }

    private static List<string> FilesIn(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".jsonl" or ".json" or ".xml" or ".rss" or ".atom")
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InputException(folder, null, "folder holds no .txt, .jsonl, .json or feed (.xml, .rss, .atom) files");
        return files;
    }

    private static bool IsJsonLines(string path) => Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".json";

    /// <summary>Opens or reads a file, with undecodable text and unreadable files as errors naming it.</summary>
    private static T Open<T>(string path, Func<string, T> open)
    {
        try
        {
            return open(path);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(path, e);
        }
    }

    private static InputException NotUtf8(string path) => new(path, null, "not valid UTF-8 text (binary file or another encoding)");

    private static InputException CannotRead(string path, Exception e) => new(path, null, $"cannot read: {e.Message}");

    private static List<Article> FromContent(string content, string input, string id, DateOnly? published, bool jsonHint)
    {
        if (content.Length > 0 && content[0] == '\uFEFF') content = content[1..];
        if (!jsonHint && FeedParser.LooksLikeFeed(content)) return FeedParser.Parse(content, input, published).ToList();
        if (jsonHint || content.TrimStart().StartsWith('{'))
            return ArticleParser.FromJsonLines(new StringReader(content), input, published).ToList();
        if (published is null) throw new InputException(input, null, "plain text needs --published YYYY-MM-DD (the article's publication date)");
        return [ArticleParser.FromText(content, id, published.Value, input)];
    }

    /// <summary>Standard input, read once: an ingest reads its inputs twice (to check them, then to store them).</summary>
    private static readonly Lazy<string> Stdin = new(ReadStdin);

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
