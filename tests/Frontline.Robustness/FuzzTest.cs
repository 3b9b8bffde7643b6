using System.Diagnostics;
using System.Text;
using CsCheck;
using Frontline.Cli;
using Frontline.Core.Input;
using Frontline.Core.Knowledge;
using Frontline.Core.Pipeline;
using Frontline.Storage;

namespace Frontline.Robustness;

/// <summary>
/// Bad input, property-based (CsCheck): generated and mutated inputs (random bytes, invalid UTF-8, huge lines, deeply
/// nested or truncated JSON, impossible dates, control characters, 10 MB articles) go through the file reader, the
/// JSON-lines parser, the analyzer, the store's ingest and its query API. Every input must be either accepted or
/// rejected with an <see cref="InputException"/> naming the input (and the line, for JSON lines); nothing else may be
/// thrown, no input may take longer than the bound, and a rejected input must leave the store exactly as it was.
/// </summary>
public static class FuzzTest
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private const string GoodLine = """{"id": "r1", "published": "2024-12-02", "text": "Russian drones struck Kharkiv on Sunday, killing 3 civilians, officials said."}""";

    public static int Run(int inputs, string seed)
    {
        var analyzer = new Analyzer(KnowledgeBase.Load(DataFiles.DefaultDirectory));
        var folder = Directory.CreateTempSubdirectory("frontline-fuzz-");
        var storePath = Path.Combine(folder.FullName, "store.db");
        using var store = new SqliteEventStore(storePath);
        int accepted = 0, rejected = 0, n = 0;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        Inputs.Sample(input =>
        {
            var (bytes, extension) = input;
            var path = Path.Combine(folder.FullName, $"input-{n++}{extension}");
            File.WriteAllBytes(path, bytes);
            var (articlesBefore, eventsBefore) = (store.ArticleCount(), store.EventCount());
            var started = Stopwatch.StartNew();
            try
            {
                // As `frontline ingest` does: every input is read and checked before the store is touched.
                var articles = InputFiles.ReadAll([path], DateOnly.Parse("2024-12-02"));
                BatchIngest.Run(articles, analyzer.Analyze, store);
                store.Events(new EventQuery(Actor: Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(40, bytes.Length))), Type: extension));
                accepted++;
            }
            catch (InputException e)
            {
                rejected++;
                if (!e.Message.Contains(path, StringComparison.Ordinal)) failures.Add($"{path}: rejection does not name the input: {e.Message}");
                if (extension == ".jsonl" && bytes.Length > 0 && e.Line is null && !e.Message.Contains("UTF-8", StringComparison.Ordinal) && !e.Message.Contains("empty", StringComparison.Ordinal))
                    failures.Add($"{path}: JSON-lines rejection names no line: {e.Message}");
                if (store.ArticleCount() != articlesBefore || store.EventCount() != eventsBefore) failures.Add($"{path}: a rejected input changed the store");
            }
            catch (Exception e)
            {
                failures.Add($"{path}: unhandled {e.GetType().Name}: {e.Message}");
            }
            if (started.Elapsed > Bound) failures.Add($"{path}: took {started.Elapsed.TotalSeconds:F1} s (bound {Bound.TotalSeconds} s)");
            if (failures.Count == 0) File.Delete(path);
        }, iter: inputs, seed: seed, threads: 1);
        Console.WriteLine($"fuzz test: {n} input(s) tried in {clock.Elapsed.TotalSeconds:F0} s: {accepted} accepted, {rejected} rejected with a clear error, {failures.Count} failure(s)");
        foreach (var f in failures.Take(20)) Console.WriteLine("  " + f);
        if (failures.Count == 0) folder.Delete(recursive: true);
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>A good JSON line cut, spliced and sprinkled with control characters and stray quotes.</summary>
    private static readonly Gen<string> MutatedJsonLines =
        Gen.Select(Gen.Int[0, GoodLine.Length], Gen.Int[0, 5], Gen.Char.Array[0, 20], Gen.Int[1, 50], (cut, kind, noise, copies) => kind switch
        {
            0 => GoodLine[..cut],
            1 => GoodLine[..cut] + new string(noise) + GoodLine[cut..],
            2 => string.Join('\n', Enumerable.Repeat(GoodLine, copies)) + "\n" + GoodLine[..cut],
            3 => GoodLine.Replace("2024-12-02", new string(noise), StringComparison.Ordinal),
            4 => GoodLine.Replace("\"text\"", "\"text\": null, \"x\"", StringComparison.Ordinal)[..Math.Min(cut + 20, GoodLine.Length)],
            _ => GoodLine.Insert(cut, "\u0000\u0001\u001b\u0007"),
        });

    private const string GoodFeed = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Clashes</title><pubDate>Mon, 02 Dec 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>Clashes in <b>Kidal</b> killed 3 soldiers.</p>]]></description></item></channel></rss>""";

    /// <summary>A good RSS feed cut, spliced, re-dated, or carrying an entity-expansion bomb in a DTD.</summary>
    private static readonly Gen<string> MutatedFeeds =
        Gen.Select(Gen.Int[0, GoodFeed.Length], Gen.Int[0, 4], Gen.Char.Array[0, 20], (cut, kind, noise) => kind switch
        {
            0 => GoodFeed[..cut],
            1 => GoodFeed[..cut] + new string(noise) + GoodFeed[cut..],
            2 => GoodFeed.Replace("Mon, 02 Dec 2024 10:00:00 GMT", new string(noise), StringComparison.Ordinal),
            3 => GoodFeed.Replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>", StringComparison.Ordinal).Replace("Clashes</title>", "&c;</title>", StringComparison.Ordinal),
            _ => GoodFeed.Replace("<p>", "<p>\u0000\u001b", StringComparison.Ordinal),
        });

    private static readonly string[] OddDateValues =
    [
        "0001-01-01", "9999-12-31", "2024-02-30", "2023-13-01", "1899-12-31", "2100-01-01", "20241202", "2024/12/02",
        "", "null", "2024-12-02T25:00:00", "-2024-01-01", "２０２４-１２-０２", "2024-12-02\u0000",
    ];

    private static readonly Gen<string> OddDates = Gen.Int[0, OddDateValues.Length - 1].Select(i => OddDateValues[i]);

    private static readonly Gen<byte[]> InvalidUtf8 = Gen.Byte.Array[1, 200].Select(b =>
        Encoding.UTF8.GetBytes("{\"id\": \"u\", \"published\": \"2024-12-02\", \"text\": \"").Concat(b).Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray());

    // Declared last: static fields initialize in text order, and this one combines the generators above.
    /// <summary>Inputs with the extension they are saved under (".jsonl", ".txt" or ".rss").</summary>
    private static readonly Gen<(byte[] Bytes, string Extension)> Inputs = Gen.Frequency(
        (3, Gen.Byte.Array[0, 4000].Select(b => (b, ".jsonl"))),
        (2, Gen.Byte.Array[0, 4000].Select(b => (b, ".txt"))),
        (6, MutatedJsonLines.Select(s => (Encoding.UTF8.GetBytes(s), ".jsonl"))),
        (3, MutatedFeeds.Select(s => (Encoding.UTF8.GetBytes(s), ".rss"))),
        (2, Gen.Int[1, 200_000].Select(depth => (Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)), ".jsonl"))),
        (2, Gen.Int[1, 60_000].Select(depth => (Encoding.UTF8.GetBytes("{\"id\":" + new string('{', depth)), ".jsonl"))),
        (3, OddDates.Select(d => (Encoding.UTF8.GetBytes($$"""{"id": "d", "published": "{{d}}", "text": "Clashes in Kidal."}"""), ".jsonl"))),
        (2, Gen.Char.Array[0, 3000].Select(c => (Encoding.UTF8.GetBytes(new string(c)), ".txt"))),
        (2, InvalidUtf8.Select(b => (b, ".jsonl"))),
        (1, Gen.Int[1, 3].Select(mb => (Encoding.UTF8.GetBytes(HugeArticle(mb)), ".jsonl"))),
        (1, Gen.Const((Encoding.UTF8.GetBytes(HugeArticle(10)), ".txt"))));

    private static string HugeArticle(int megabytes) =>
        $$"""{"id": "huge", "published": "2024-12-02", "text": "{{string.Concat(Enumerable.Repeat("Shelling hit the town. ", megabytes * 1024 * 1024 / 23))}}"}""";
}
