namespace Frontline.Core.Output.Report;

/// <summary>The report's backing lines, summed as relations stream by: one per (type, patron, client), with its
/// statements counted, the first one quoted, its earliest date and the articles it is in.</summary>
internal static class BackingTally
{
    public static List<BackingLine> Lines(IEnumerable<RelationDto> relations)
    {
        var lines = new Dictionary<(string Type, string Patron, string Client), Line>();
        foreach (var r in relations)
        {
            var key = (r.Type, r.Patron.Name, r.Client.Name);
            if (!lines.TryGetValue(key, out var line)) lines[key] = line = new Line(r.Evidence.FirstOrDefault()?.Text ?? "");
            line.Statements++;
            if (r.Date?.Start is { } day && (line.Date is null || string.CompareOrdinal(day, line.Date) < 0)) line.Date = day;
            if (r.ArticleId is { } article) line.Articles.Add(article);
        }
        return lines
            .Select(kv => new BackingLine(kv.Key.Type, kv.Key.Patron, kv.Key.Client, kv.Value.Statements, kv.Value.Evidence, kv.Value.Date,
                kv.Value.Articles.Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(b => b.Statements).ThenBy(b => b.Patron, StringComparer.Ordinal).ThenBy(b => b.Client, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Line(string evidence)
    {
        public string Evidence { get; } = evidence;
        public int Statements { get; set; }
        public string? Date { get; set; }
        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);
    }
}
