using Frontline.Core.Output;
using Spectre.Console;

namespace Frontline.Cli;

/// <summary>Events as a readable table on the terminal.</summary>
public static class TableView
{
    public static void Write(IReadOnlyList<EventDto> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Date", "Type", "Actor 1", "Actor 2", "Location", "Dead", "Modality", "Summary" }) table.AddColumn(column);
        foreach (var e in events)
        {
            var type = e.Acled is { } a ? $"{a.EventType} / {a.SubEventType}" : $"CAMEO {e.Cameo} / {e.Plover?.Type}";
            var date = e.Date.Start == e.Date.End ? e.Date.Start : $"{e.Date.Start}..{e.Date.End}";
            table.AddRow(Cell(date), Cell(type), Cell(e.Actor1?.Name), Cell(e.Actor2?.Name),
                Cell(e.Location is { } l ? $"{l.Name} ({l.Country}, {l.Precision})" : null),
                Cell(e.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell(e.Modality), Cell(e.Summary));
        }
        // Piped output has no terminal width; a wide one keeps cells on one line for grep and logs.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 240;
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{events.Count} event(s)[/]");
    }

    private static Markup Cell(string? text) => new(Markup.Escape(text ?? "-"));
}
