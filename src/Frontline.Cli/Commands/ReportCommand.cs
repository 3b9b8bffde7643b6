using System.CommandLine;
using Frontline.Core.Input;
using Frontline.Core.Knowledge;
using Frontline.Core.Output.Report;
using Frontline.Storage;

namespace Frontline.Cli.Commands;

/// <summary>`frontline report [--since] [--until] [--country] [--format md|html] [--output FILE] [--store]`: a situation report.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var since = CommonOptions.Since();
        var until = CommonOptions.Until();
        var country = new Option<string?>("--country") { Description = "Country: ISO 3166 alpha-2 or alpha-3 code, or name" };
        var format = CommonOptions.Format("md", "html");
        var output = CommonOptions.Output();
        var store = CommonOptions.Store();
        var command = new Command("report", "Situation report: key developments by region, fatalities, control changes, deployments and backing, each cited")
        {
            since, until, country, format, output, store,
        };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var (from, to) = (CommonOptions.Date(parse.GetValue(since), "--since"), CommonOptions.Date(parse.GetValue(until), "--until"));
            var place = CountryFilter.Parse(parse.GetValue(country), "--country");
            using var db = CommonOptions.OpenExisting(parse.GetValue(store)!);
            var report = StoredReport.Build(db, from, to, place);
            var now = DateTimeOffset.UtcNow;
            var text = parse.GetValue(format) == "html"
                ? HtmlReport.Write(report, now, Path.Combine(DataFiles.DefaultDirectory, "geo", "countries.geojson"))
                : MarkdownReport.Write(report, now);
            CommonOptions.WriteOutput(parse.GetValue(output), writer => writer.Write(text));
            return 0;
        }));
        return command;
    }
}
