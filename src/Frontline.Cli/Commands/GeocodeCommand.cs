using System.CommandLine;
using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Output;
using Frontline.Core.Pipeline;
using Spectre.Console;

namespace Frontline.Cli.Commands;

/// <summary>`frontline geocode NAME [--context TEXT] [--published DATE] [--format table|json]`: the ranked candidates for a
/// place name, and why. The date is the context's (today by default): the contact lines of that day rank a village's
/// namesakes.</summary>
public static class GeocodeCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "A place name as written, with a unit word if the text has one (\"... province\", \"... district\")" };
        var context = new Option<string?>("--context") { Description = "Text around the name (an article or a sentence): its countries and provinces rank the candidates" };
        var published = CommonOptions.Published();
        published.Description = "The context's date (YYYY-MM-DD, default today): the contact lines of that day rank a village's namesakes";
        var format = CommonOptions.Format("table", "json");
        var command = new Command("geocode", "Rank the places a name may be, with the reasons") { name, context, published, format };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var candidates = new Geocoder(KnowledgeBase.Default).Geocode(parse.GetValue(name)!, parse.GetValue(context),
                CommonOptions.PublishedDate(parse.GetValue(published)));
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(AnalysisJson.Serialize(candidates.Select(c => new
                {
                    chosen = c.Chosen,
                    location = AnalysisMapper.ToDto(c.Place),
                    population = c.Place.Population,
                    why = c.Why,
                })));
                return candidates.Count == 0 ? 1 : 0;
            }
            if (candidates.Count == 0)
            {
                Console.Error.WriteLine($"no place found for '{parse.GetValue(name)}'");
                return 1;
            }
            var table = new Table().AddColumns("#", "Place", "Id", "Lat, Lon", "Admin2", "Admin1", "Country", "Why");
            var rank = 0;
            foreach (var c in candidates)
            {
                var p = c.Place;
                table.AddRow((++rank).ToString(CultureInfo.InvariantCulture) + (c.Chosen ? " *" : ""), Markup.Escape(p.Name), p.Id,
                    string.Create(CultureInfo.InvariantCulture, $"{p.Lat:F4}, {p.Lon:F4}"), Markup.Escape(p.Admin2 ?? "-"),
                    Markup.Escape(p.Admin1 ?? "-"), p.CountryIso2, Markup.Escape(string.Join("; ", c.Why)));
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
