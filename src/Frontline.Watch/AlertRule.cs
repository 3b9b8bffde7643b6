using Frontline.Core.Input;
using Frontline.Core.Text;
using Frontline.Core.Output;
using YamlDotNet.RepresentationModel;

namespace Frontline.Watch;

/// <summary>
/// What a user wants to hear about, from the sources file's <c>alerts:</c> list. Every condition given must hold:
/// <code>
///   - name: ...
///     event_type: [...]          # ACLED type or sub-type, CAMEO or PLOVER code, one or a list
///     country: ...               # ISO code or name, one or a list
///     admin1: ...                # one or a list
///     bbox: [w, s, e, n]         # degrees: west, south, east, north
///     actor: ...                 # part of either side's name
///     min_fatalities: 5
///     webhook: https://...       # where a match is POSTed (JSON)
///   - name: ...
///     control: [...]             # places whose control changes are watched
/// </code>
/// A rule with <c>control</c> matches control changes of those places; any other rule matches events.
/// </summary>
public sealed record AlertRule(
    string Name,
    IReadOnlyList<string> EventTypes,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Admin1,
    (double West, double South, double East, double North)? Box,
    string? Actor,
    int? MinFatalities,
    IReadOnlyList<string> ControlOf,
    string? Webhook)
{
    public bool WatchesControl => ControlOf.Count > 0;

    public bool Matches(EventDto e)
    {
        if (WatchesControl) return false;
        if (EventTypes.Count > 0 && !EventTypes.Any(t => Same(t, e.Acled?.EventType) || Same(t, e.Acled?.SubEventType) || Same(t, e.Cameo) || Same(t, e.Plover?.Type)))
            return false;
        if (Countries.Count > 0 && !Countries.Any(c => Same(c, e.Location?.Country) || SameCountry(c, e.Actor1?.Country) || SameCountry(c, e.Actor2?.Country)))
            return false;
        if (Admin1.Count > 0 && !Admin1.Any(a => Same(a, e.Location?.Admin1))) return false;
        if (Box is { } box && (e.Location is not { } at || !Inside(box, at.Lat, at.Lon))) return false;
        if (Actor is { } actor && !new[] { e.Actor1, e.Actor2 }.Concat(e.AssociatedActors).Any(a => Mentions(a, actor))) return false;
        return MinFatalities is not { } min || e.Fatalities >= min;
    }

    /// <summary>The watched places by sound, so any common spelling or transliteration matches, as in
    /// `frontline control --place`; samples/sources.yaml shows rules of each kind.</summary>
    private HashSet<string> ControlKeys => _controlKeys ??= ControlOf.Select(TransliterationKey.Phonetic).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _controlKeys;

    public bool Matches(ControlChangeDto change) =>
        WatchesControl && ControlKeys.Contains(TransliterationKey.Phonetic(change.Location.Name))
        && (Countries.Count == 0 || Countries.Any(c => Same(c, change.Location.Country)))
        && (Actor is not { } actor || Mentions(change.From, actor) || Mentions(change.To, actor));

    /// <summary>Places carry ISO alpha-2 codes, actors alpha-3: a rule's country (alpha-2) matches either.</summary>
    private static bool SameCountry(string iso2, string? iso3) =>
        iso3 is not null && Frontline.Core.Knowledge.KnowledgeBase.Default.Gazetteer.CountryByCode(iso2)?.Iso3 is { } wanted && Same(wanted, iso3);

    private static bool Same(string wanted, string? value) => value is not null && string.Equals(wanted, value, StringComparison.OrdinalIgnoreCase);

    private static bool Mentions(ActorDto? actor, string part) =>
        actor is not null && (actor.Name.Contains(part, StringComparison.OrdinalIgnoreCase) || (actor.AcledName?.Contains(part, StringComparison.OrdinalIgnoreCase) ?? false));

    private static bool Inside((double West, double South, double East, double North) box, double lat, double lon) =>
        lat >= box.South && lat <= box.North && (box.West <= box.East ? lon >= box.West && lon <= box.East : lon >= box.West || lon <= box.East);

    internal static AlertRule Read(YamlFields reader, YamlNode node)
    {
        var map = reader.Mapping(node, "an alert");
        reader.OnlyKeys(map, "name", "event_type", "country", "admin1", "bbox", "actor", "min_fatalities", "control", "webhook");
        var line = SourcesFile.Line(node);
        var name = reader.String(map, "name") ?? throw new InputException(reader.Input, line, "an alert needs a name");
        var countries = reader.Strings(map, "country").Select(c => ArticleParser.CountryHint(c, reader.Input, line)).ToList();
        (double, double, double, double)? box = null;
        if (reader.Strings(map, "bbox") is { Count: > 0 } edges)
        {
            var n = edges.Select(e => double.TryParse(e, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
            if (n.Count != 4 || n.Any(double.IsNaN) || n[1] > n[3] || Math.Abs(n[1]) > 90 || Math.Abs(n[3]) > 90 || Math.Abs(n[0]) > 180 || Math.Abs(n[2]) > 180)
                throw new InputException(reader.Input, line, $"alert '{name}': bbox must be [west, south, east, north] in degrees");
            box = (n[0], n[1], n[2], n[3]);
        }
        var min = reader.Number(map, "min_fatalities");
        if (min is < 0) throw new InputException(reader.Input, line, $"alert '{name}': min_fatalities must be 0 or more");
        var webhook = reader.String(map, "webhook");
        if (webhook is not null && (!Uri.TryCreate(webhook, UriKind.Absolute, out var hook) || hook.Scheme is not ("http" or "https")))
            throw new InputException(reader.Input, line, $"alert '{name}': webhook '{webhook}' is not an http(s) address");
        var rule = new AlertRule(name, reader.Strings(map, "event_type"), countries, reader.Strings(map, "admin1"), box, reader.String(map, "actor"),
            min is { } m ? (int)m : null, reader.Strings(map, "control"), webhook);
        if (rule.WatchesControl && (rule.EventTypes.Count > 0 || rule.MinFatalities is not null || rule.Box is not null || rule.Admin1.Count > 0))
            throw new InputException(reader.Input, line, $"alert '{name}': a control alert takes only control, country and actor");
        return rule;
    }
}
