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
    /// <summary>The graph of events and relations read once as they stream (events first, then relations): it holds
    /// a tally per actor and per edge, never the events.</summary>
    public static ActorGraph Build(IEnumerable<EventDto> events, IEnumerable<RelationDto> relations)
    {
        var nodes = new Dictionary<string, NodeTally>(StringComparer.Ordinal);
        void Count(ActorDto actor, int role)
        {
            if (!nodes.TryGetValue(actor.Name, out var node)) nodes[actor.Name] = node = new NodeTally(actor.Type, actor.Country);
            node.Roles[role]++;
        }
        // Role 1 and 2: actor 1 and 2 of an event; 3: associated; 0: named only in a relation.
        foreach (var e in events)
        {
            if (e.Actor1 is { } a1) Count(a1, 1);
            if (e.Actor2 is { } a2) Count(a2, 2);
            foreach (var a in e.AssociatedActors) Count(a, 3);
        }
        var edges = new Dictionary<(string From, string To, string Type), EdgeTally>();
        foreach (var r in relations)
        {
            Count(r.Patron, 0);
            Count(r.Client, 0);
            var key = (r.Patron.Name, r.Client.Name, r.Type);
            if (!edges.TryGetValue(key, out var edge)) edges[key] = edge = new EdgeTally();
            edge.Add(r);
        }
        return new ActorGraph(
            nodes.Select(kv => new ActorNode(kv.Key, kv.Value.Type, kv.Value.Country, kv.Value.Roles[1] + kv.Value.Roles[2] + kv.Value.Roles[3],
                    kv.Value.Roles[1], kv.Value.Roles[2], kv.Value.Roles[3]))
                .OrderByDescending(n => n.Events).ThenBy(n => n.Name, StringComparer.Ordinal).ToList(),
            edges.Select(kv => new ActorEdge(kv.Key.From, kv.Key.To, kv.Key.Type, kv.Value.Evidence, kv.Value.Articles.Count, kv.Value.First, kv.Value.Last))
                .OrderByDescending(e => e.Evidence).ThenBy(e => e.From, StringComparer.Ordinal).ToList());
    }

    /// <summary>An actor's type and country as first met, and how often it is met in each role.</summary>
    private sealed class NodeTally(string type, string? country)
    {
        public string Type { get; } = type;
        public string? Country { get; } = country;
        public int[] Roles { get; } = new int[4];
    }

    /// <summary>An edge's statements (each counts its quotes, one at least), the articles they are in, first and last day.</summary>
    private sealed class EdgeTally
    {
        public int Evidence { get; private set; }
        public HashSet<string?> Articles { get; } = new(StringComparer.Ordinal);
        public string? First { get; private set; }
        public string? Last { get; private set; }

        public void Add(RelationDto r)
        {
            Evidence += Math.Max(1, r.Evidence.Count);
            Articles.Add(r.ArticleId);
            if (r.Date?.Start is { } start && (First is null || string.CompareOrdinal(start, First) < 0)) First = start;
            if (r.Date?.End is { } end && (Last is null || string.CompareOrdinal(end, Last) > 0)) Last = end;
        }
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
