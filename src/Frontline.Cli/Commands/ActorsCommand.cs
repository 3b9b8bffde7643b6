using System.CommandLine;
using System.Globalization;
using Frontline.Core.Output;
using Frontline.Storage;
using Spectre.Console;

namespace Frontline.Cli.Commands;

/// <summary>`frontline actors [--since] [--until] [--graph dot|json] [--store]`: the corpus's actors and who backs whom.</summary>
public static class ActorsCommand
{
    public static Command Create()
    {
        var since = CommonOptions.Since();
        var until = CommonOptions.Until();
        var graph = new Option<string?>("--graph") { Description = "Print the backing and alliance graph as Graphviz DOT or JSON instead of tables" };
        graph.AcceptOnlyFromAmong("dot", "json");
        var store = CommonOptions.Store();
        var command = new Command("actors", "Actors of the stored events and the graph of who backs whom, with evidence counts") { since, until, graph, store };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var path = parse.GetValue(store)!;
            using var db = CommonOptions.OpenExisting(path);
            var query = new EventQuery(CommonOptions.Date(parse.GetValue(since), "--since"), CommonOptions.Date(parse.GetValue(until), "--until"), Limit: int.MaxValue);
            var result = ActorGraph.Build(db.EventsInDateOrder(query), db.Relations(query));
            switch (parse.GetValue(graph))
            {
                case "dot": Console.Out.Write(result.ToDot()); return 0;
                case "json": Console.Out.WriteLine(AnalysisJson.Serialize(result)); return 0;
            }
            var actors = new Table().AddColumns("Actor", "Type", "Country", "Events", "As actor 1", "As actor 2", "Associated");
            foreach (var n in result.Nodes)
                actors.AddRow(Markup.Escape(n.Name), n.Type, n.Country ?? "-", Count(n.Events), Count(n.AsActor1), Count(n.AsActor2), Count(n.Associated));
            AnsiConsole.Write(actors);
            var edges = new Table().AddColumns("Patron / ally", "Relation", "Client / ally", "Evidence", "First", "Last");
            foreach (var e in result.Edges)
                edges.AddRow(Markup.Escape(e.From), e.Type.Replace('_', ' '), Markup.Escape(e.To), Count(e.Evidence), e.FirstSeen ?? "-", e.LastSeen ?? "-");
            AnsiConsole.Write(edges);
            return 0;
        }));
        return command;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
