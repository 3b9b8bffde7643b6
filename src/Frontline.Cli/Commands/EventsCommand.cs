using System.CommandLine;
using Frontline.Core.Corpus;
using Frontline.Core.Input;
using Frontline.Core.Output;
using Frontline.Storage;

namespace Frontline.Cli.Commands;

/// <summary>`frontline events [--since] [--until] [--country] [--type] [--actor] [--format table|json]`: queries the store.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var since = CommonOptions.Since();
        var until = CommonOptions.Until();
        var country = new Option<string?>("--country") { Description = "Country: ISO 3166 alpha-2 or alpha-3 code, or name" };
        var type = new Option<string?>("--type") { Description = "ACLED event or sub-event type, CAMEO code or PLOVER type" };
        var actor = new Option<string?>("--actor") { Description = "Part of an actor's name" };
        var store = CommonOptions.Store();
        var format = CommonOptions.Format("table", "json");
        var merged = new Option<bool>("--merged") { Description = "One row per real event: reports of the same event from different articles merged, with every report kept" };
        var command = new Command("events", "Query stored events") { since, until, country, type, actor, store, format, merged };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var path = parse.GetValue(store)!;
            var query = new EventQuery(
                CommonOptions.Date(parse.GetValue(since), "--since"),
                CommonOptions.Date(parse.GetValue(until), "--until"),
                Type: parse.GetValue(type),
                Actor: parse.GetValue(actor));
            if (CountryFilter.Parse(parse.GetValue(country), "--country") is { } found)
                query = query with { CountryIso2 = found.Iso2, CountryIso3 = found.Iso3 };
            using var db = CommonOptions.OpenExisting(path);
            var events = db.Events(query);
            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(merged))
            {
                var incidents = IncidentMerger.Merge(events);
                if (json) Console.Out.WriteLine(AnalysisJson.Serialize(incidents));
                else TableView.Write(incidents.Select(i => i.Event).ToList(), incidents.Select(i => i.Reports.Count).ToList());
            }
            else if (json) Console.Out.WriteLine(AnalysisJson.Serialize(events));
            else TableView.Write(events);
            return 0;
        }));
        return command;
    }
}
