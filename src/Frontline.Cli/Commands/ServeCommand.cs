using System.CommandLine;
using Frontline.Core.Input;
using Frontline.Web;
using Microsoft.Extensions.Hosting;

namespace Frontline.Cli.Commands;

/// <summary>`frontline serve [--store ...] [--port N] [--host ADDRESS] [--token T] [--private] [--read-only]
/// [--watch sources.yaml]`: the web dashboard and JSON API over the store; beyond loopback, writes need a token (or the
/// server is read-only).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var port = new Option<int>("--port") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (default: this machine only)", DefaultValueFactory = _ => "127.0.0.1" };
        var token = new Option<string?>("--token") { Description = "Writes (POST /api/articles) need 'Authorization: Bearer TOKEN' (default: $FRONTLINE_TOKEN)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FRONTLINE_TOKEN") is { Length: > 0 } t ? t : null };
        var privateReads = new Option<bool>("--private") { Description = "Reads need the token too (browsers: open /login?token=TOKEN once)" };
        var readOnly = new Option<bool>("--read-only") { Description = "Refuse every write" };
        var watch = new Option<string?>("--watch") { Description = "Also watch the sources of this file (as `frontline watch`), live on the dashboard" };
        var command = new Command("serve", "Web dashboard (map, timeline, events with evidence, control, alliances, sources, alerts) and JSON API")
        {
            store, port, host, token, privateReads, readOnly, watch,
        };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var p = parse.GetValue(port);
            if (p is < 0 or > 65535) throw new InputException("--port", null, "must be 0 to 65535");
            var app = WebApp.Build(new WebOptions(parse.GetValue(store)!, $"http://{parse.GetValue(host)}:{p}")
            {
                Token = parse.GetValue(token),
                PrivateReads = parse.GetValue(privateReads),
                ReadOnly = parse.GetValue(readOnly),
                WatchSources = parse.GetValue(watch),
            });
            app.Start();
            Console.Error.WriteLine($"Frontline dashboard on {string.Join(", ", app.Urls)} (API description: /openapi/v1.json); Ctrl+C stops.");
            app.WaitForShutdown();
            return 0;
        }));
        return command;
    }
}
