using System.Net;

namespace Frontline.Web;

/// <summary>
/// How the dashboard is served. A dashboard served beyond this machine is a team's shared store: writes (POST
/// /api/articles) then need the operator's <see cref="Token"/> (or the server is <see cref="ReadOnly"/>), and with
/// <see cref="PrivateReads"/> every read does too. <see cref="WatchSources"/> runs a watcher in the same process.
/// </summary>
public sealed record WebOptions(string Store, string Url)
{
    public string? Token { get; init; }

    public bool PrivateReads { get; init; }

    public bool ReadOnly { get; init; }

    /// <summary>A sources file: the server also watches its sources (as `frontline watch` would) and shows them live.</summary>
    public string? WatchSources { get; init; }

    /// <summary>Why these options are unsafe, or null: a listener beyond loopback with writes open to anyone.</summary>
    public string? Unsafe()
    {
        if (PrivateReads && Token is null) return "--private needs --token: reads cannot require a token that was not given";
        var host = Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Host : "";
        var loopback = host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        return loopback || Token is not null || ReadOnly
            ? null
            : $"serving on {host} lets anyone on the network write to the store: give --token (writes need it) or --read-only";
    }
}
