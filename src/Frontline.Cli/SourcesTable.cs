using System.Globalization;
using Frontline.Storage;
using Spectre.Console;

namespace Frontline.Cli;

/// <summary>The watcher's sources as a table: last poll, status, items, errors, next poll.</summary>
public static class SourcesTable
{
    public static void Write(IReadOnlyList<SourceState> sources)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Source", "Every", "Last poll", "Status", "Items", "Errors", "Failing", "Next poll", "Leased by", "Last error" })
            table.AddColumn(column);
        foreach (var s in sources)
        {
            table.AddRow(Cell(s.Url + (s.Enabled ? "" : " (removed)")), Cell(s.Every.ToString()), Cell(Time(s.LastPoll)), Cell(s.LastStatus),
                Cell(s.Items.ToString(CultureInfo.InvariantCulture)), Cell(s.Errors.ToString(CultureInfo.InvariantCulture)),
                Cell(s.Failures > 0 ? $"{s.Failures} in a row" : null), Cell(Time(s.NextPoll)), Cell(s.LeaseOwner), Cell(s.LastError));
        }
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 240;
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{sources.Count} source(s)[/]");
    }

    private static string? Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Markup Cell(string? text) => new(Markup.Escape(text ?? "-"));
}
