using System.CommandLine;
using Frontline.Cli.Commands;

namespace Frontline.Cli;

/// <summary>The `frontline` command and its verbs.</summary>
public static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Frontline: turns war reports into coded, geocoded, evidenced events.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(GeocodeCommand.Create());
        root.Subcommands.Add(GeoparseCommand.Create());
        root.Subcommands.Add(GazetteerCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        root.Subcommands.Add(ControlCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        return root;
    }
}
