using System.CommandLine;
using Frontline.Core.Input;
using Frontline.Web;
using Microsoft.Extensions.Hosting;

namespace Frontline.Cli.Commands;

/// <summary>`frontline serve [--store ...] [--port N] [--host ADDRESS]`: the web dashboard and JSON API over the store.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var port = new Option<int>("--port") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (default: this machine only)", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Web dashboard (map, timeline, events with evidence, control, alliances) and JSON API") { store, port, host };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var p = parse.GetValue(port);
            if (p is < 0 or > 65535) throw new InputException("--port", null, "must be 0 to 65535");
            var app = WebApp.Build(parse.GetValue(store)!, $"http://{parse.GetValue(host)}:{p}");
            app.Start();
            Console.Error.WriteLine($"Frontline dashboard on {string.Join(", ", app.Urls)} (API description: /openapi/v1.json); Ctrl+C stops.");
            app.WaitForShutdown();
            return 0;
        }));
        return command;
    }
}
