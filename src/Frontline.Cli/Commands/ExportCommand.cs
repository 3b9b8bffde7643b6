using System.CommandLine;
using Frontline.Core.Corpus;
using Frontline.Core.Output.Exports;
using Frontline.Storage;

namespace Frontline.Cli.Commands;

/// <summary>`frontline export --format acled-csv|plover-json|geojson [--since] [--until] [--store] [--output FILE] [--per-report]`:
/// one row per real event (reports merged across articles, <see cref="IncidentMerger"/>) unless --per-report.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "acled-csv, plover-json or geojson", Required = true };
        format.AcceptOnlyFromAmong("acled-csv", "plover-json", "geojson");
        var since = CommonOptions.Since();
        var until = CommonOptions.Until();
        var output = CommonOptions.Output();
        var store = CommonOptions.Store();
        var perReport = new Option<bool>("--per-report") { Description = "One row per report's event, not merged across articles" };
        var command = new Command("export", "Export stored events (one per real event, reports merged) as ACLED-style CSV, PLOVER JSON or GeoJSON")
        {
            format, since, until, output, store, perReport,
        };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var path = parse.GetValue(store)!;
            using var db = CommonOptions.OpenExisting(path);
            // Read, merged and written as a stream: memory holds the incidents of the last days read, not the store.
            var stored = db.EventsInDateOrder(new EventQuery(CommonOptions.Date(parse.GetValue(since), "--since"), CommonOptions.Date(parse.GetValue(until), "--until")));
            var events = parse.GetValue(perReport) ? stored : IncidentMerger.MergeInDateOrder(stored).Select(i => i.Event);
            CommonOptions.WriteOutput(parse.GetValue(output), writer =>
            {
                switch (parse.GetValue(format))
                {
                    case "acled-csv": AcledCsv.Write(writer, events, DateTimeOffset.UtcNow); break;
                    case "plover-json": PloverJson.Write(writer, events); break;
                    default: GeoJson.Write(writer, events); break;
                }
            });
            return 0;
        }));
        return command;
    }
}
