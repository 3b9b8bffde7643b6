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
            table.AddRow(TableView.Cell(s.Url + (s.Enabled ? "" : " (removed)")), TableView.Cell(s.Every.ToString()), TableView.Cell(Time(s.LastPoll)), TableView.Cell(s.LastStatus),
                TableView.Cell(s.Items.ToString(CultureInfo.InvariantCulture)), TableView.Cell(s.Errors.ToString(CultureInfo.InvariantCulture)),
                TableView.Cell(s.Failures > 0 ? $"{s.Failures} in a row" : null), TableView.Cell(Time(s.NextPoll)), TableView.Cell(s.LeaseOwner), TableView.Cell(s.LastError));
        }
        TableView.Show(table, $"{sources.Count} source(s)");
    }

    private static string? Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
