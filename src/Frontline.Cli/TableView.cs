using Frontline.Core.Output;
using Spectre.Console;

namespace Frontline.Cli;

/// <summary>Events as a readable table on the terminal.</summary>
public static class TableView
{
    /// <summary>Writes the events; with <paramref name="reports"/> (merged incidents), a column says how many reports each has.</summary>
    public static void Write(IReadOnlyList<EventDto> events, IReadOnlyList<int>? reports = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        var columns = new[] { "Date", "Type", "Actor 1", "Actor 2", "Location", "Dead", "Modality", "Summary" };
        foreach (var column in reports is null ? columns : [.. columns, "Reports"]) table.AddColumn(column);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var type = e.Acled is { } a ? $"{a.EventType} / {a.SubEventType}" : $"CAMEO {e.Cameo} / {e.Plover?.Type}";
            var date = e.Date.Start == e.Date.End ? e.Date.Start : $"{e.Date.Start}..{e.Date.End}";
            Markup[] cells =
            [
                Cell(date), Cell(type), Cell(e.Actor1?.Name), Cell(e.Actor2?.Name),
                Cell(e.Location is { } l ? $"{l.Name} ({l.Country}, {l.Precision})" : null),
                Cell(e.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell(e.Modality), Cell(e.Summary),
            ];
            table.AddRow(reports is null ? cells : [.. cells, Cell(reports[i].ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }
        Show(table, $"{events.Count} event(s)");
    }

    /// <summary>Writes a table and a grey count line under it.</summary>
    internal static void Show(Table table, string count)
    {
        // Piped output has no terminal width; a wide one keeps cells on one line for grep and logs.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 240;
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(count)}[/]");
    }

    /// <summary>A cell's text as it is (no markup), "-" when missing.</summary>
    internal static Markup Cell(string? text) => new(Markup.Escape(text ?? "-"));
}
