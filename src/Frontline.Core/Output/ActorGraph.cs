using System.Globalization;
using System.Text;

namespace Frontline.Core.Output;

/// <summary>An actor of the corpus: how many events it took part in, and in which role.</summary>
public sealed record ActorNode(string Name, string Type, string? Country, int Events, int AsActor1, int AsActor2, int Associated);

/// <summary>A backing or alliance edge, with how many statements in how many articles support it.</summary>
public sealed record ActorEdge(string From, string To, string Type, int Evidence, int Articles, string? FirstSeen, string? LastSeen);

/// <summary>
/// The corpus's actors and the graph of who backs whom: nodes from the stored events (every role counted), edges from
/// the stored relations, one edge per (patron, client, type) with its evidence count. Writes Graphviz DOT or JSON.
/// </summary>
public sealed record ActorGraph(IReadOnlyList<ActorNode> Nodes, IReadOnlyList<ActorEdge> Edges)
{
    public static ActorGraph Build(IReadOnlyList<EventDto> events, IReadOnlyList<RelationDto> relations)
    {
        // Role 1 and 2: actor 1 and 2 of an event; 3: associated; 0: named only in a relation.
        var roles = new List<(ActorDto Actor, int Role)>();
        foreach (var e in events)
        {
            if (e.Actor1 is { } a1) roles.Add((a1, 1));
            if (e.Actor2 is { } a2) roles.Add((a2, 2));
            roles.AddRange(e.AssociatedActors.Select(a => (a, 3)));
        }
        foreach (var r in relations) roles.AddRange([(r.Patron, 0), (r.Client, 0)]);
        var nodes = roles.GroupBy(x => x.Actor.Name)
            .Select(g => new ActorNode(g.Key, g.First().Actor.Type, g.First().Actor.Country, g.Count(x => x.Role > 0),
                g.Count(x => x.Role == 1), g.Count(x => x.Role == 2), g.Count(x => x.Role == 3)))
            .OrderByDescending(n => n.Events).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        var edges = relations.GroupBy(r => (r.Patron.Name, r.Client.Name, r.Type))
            .Select(g => new ActorEdge(g.Key.Item1, g.Key.Item2, g.Key.Type, g.Sum(r => Math.Max(1, r.Evidence.Count)),
                g.Select(r => r.Evidence.FirstOrDefault()?.Text).Distinct().Count(),
                g.Select(r => r.Date?.Start).Where(d => d is not null).Min(StringComparer.Ordinal),
                g.Select(r => r.Date?.End).Where(d => d is not null).Max(StringComparer.Ordinal)))
            .OrderByDescending(e => e.Evidence).ThenBy(e => e.From, StringComparer.Ordinal).ToList();
        return new ActorGraph(nodes, edges);
    }

    public string ToDot()
    {
        var dot = new StringBuilder("digraph actors {\n  rankdir=LR;\n  node [shape=box];\n");
        foreach (var n in Nodes)
            dot.Append(CultureInfo.InvariantCulture, $"  {Quote(n.Name)} [label={Quote($"{n.Name}\n{n.Type}{(n.Country is null ? "" : ", " + n.Country)} · {n.Events} event(s)")}];\n");
        foreach (var e in Edges)
            dot.Append(CultureInfo.InvariantCulture, $"  {Quote(e.From)} -> {Quote(e.To)} [label={Quote($"{e.Type.Replace('_', ' ')} ({e.Evidence})")}{(e.Type == "backs" ? "" : ", style=dashed")}];\n");
        return dot.Append("}\n").ToString();
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
