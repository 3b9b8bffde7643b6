using System.Text.RegularExpressions;

namespace Frontline.Watch;

/// <summary>
/// A site's robots.txt as RFC 9309 reads it: the rules of the group naming our product token (else the <c>*</c>
/// group) apply; the longest matching path wins, and Allow wins a tie; <c>*</c> matches any run of characters and a
/// final <c>$</c> the end of the path. A site without robots.txt (4xx) allows everything.
/// </summary>
public sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([]);

    private readonly IReadOnlyList<(bool Allow, string Path, Regex Pattern)> _rules;

    private RobotsRules(IReadOnlyList<(bool Allow, string Path, Regex Pattern)> rules) => _rules = rules;

    public static RobotsRules Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules)>();
        (List<string> Agents, List<(bool, string)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent || current is null) groups.Add((current = ([], [])).Value);
                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (key is "allow" or "disallow" && current is not null)
            {
                // An empty Disallow allows everything: it adds no rule.
                if (value.Length > 0) current.Value.Rules.Add((key == "allow", value));
                lastWasAgent = false;
            }
            else lastWasAgent = false;
        }
        var token = productToken.ToLowerInvariant();
        var ours = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).ToList();
        if (ours.Count == 0) ours = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(ours.SelectMany(g => g.Rules).Select(r => (r.Item1, r.Item2, Pattern(r.Item2))).ToList());
    }

    /// <summary>Whether a path (with its query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        (bool Allow, int Length)? best = null;
        foreach (var (allow, path, pattern) in _rules)
        {
            if (!pattern.IsMatch(pathAndQuery)) continue;
            if (best is null || path.Length > best.Value.Length || (path.Length == best.Value.Length && allow)) best = (allow, path.Length);
        }
        return best?.Allow ?? true;
    }

    private static Regex Pattern(string path)
    {
        var anchored = path.EndsWith('$');
        var body = string.Join(".*", (anchored ? path[..^1] : path).Split('*').Select(Regex.Escape));
        return new Regex("^" + body + (anchored ? "$" : ""), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
