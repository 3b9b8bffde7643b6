using System.CommandLine;
using Frontline.Core.Output;
using Frontline.Storage;
using Spectre.Console;

namespace Frontline.Cli.Commands;

/// <summary>`frontline control [--place NAME] [--at DATE] [--format table|json] [--store]`: who holds which place, and since when.</summary>
public static class ControlCommand
{
    public static Command Create()
    {
        var place = new Option<string?>("--place") { Description = "One place (any common spelling); its whole history is shown" };
        var at = new Option<string?>("--at") { Description = "Who held each place on this date (YYYY-MM-DD); default: the latest" };
        var format = CommonOptions.Format("table", "json");
        var store = CommonOptions.Store();
        var command = new Command("control", "Control timeline: who holds which place since when, from every stored report") { place, at, format, store };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            using var db = CommonOptions.OpenExisting(parse.GetValue(store)!);
            var date = CommonOptions.Date(parse.GetValue(at), "--at");
            var timeline = ControlTimeline.FromMostPreciseFirst(db.ControlChangesMostPreciseFirst(new EventQuery(Until: date, Limit: int.MaxValue)), parse.GetValue(place), date);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(AnalysisJson.Serialize(timeline));
                return 0;
            }
            var table = new Table().AddColumns("Place", "Country", "Held by", "Since", "Changes", "Latest evidence");
            foreach (var p in timeline)
                table.AddRow(Markup.Escape(p.Place), p.Country, Markup.Escape(p.HeldBy ?? "-"), p.Since ?? "-",
                    p.History.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(p.History[^1].Evidence));
            AnsiConsole.Write(table);
            Console.Error.WriteLine($"{timeline.Count} place(s)");
            return 0;
        }));
        return command;
    }
}
