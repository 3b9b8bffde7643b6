using System.Text.Json;
using Frontline.Core.Model;

namespace Frontline.Core.Knowledge;

public sealed record Patronage(string Patron3, int FromYear, int? ToYear);

/// <summary>A named organisation from data/actors/actors.json.</summary>
public sealed record CatalogueActor(
    string Key,
    string Name,
    string? AcledName,
    ActorKind Kind,
    string? Country3,
    string? Ethnicity,
    IReadOnlyList<Patronage> Patrons);

/// <summary>A leader or official, acting for an organisation during a period.</summary>
public sealed record Person(string Name, string ActorKey, string Office, DateOnly? From, DateOnly? To);

/// <summary>A noun that names who acts ("jets", "militias", "civilians") and the kind of actor it implies;
/// <see cref="NamesStateAlone"/>: by itself it names the state's forces ("soldiers"), unlike a bare "forces".</summary>
/// <param name="Defends">Whether the force meets another side's weapons ("air defences"): it is the side the teller
/// speaks for, not the attacker's.</param>
public sealed record ForceNoun(string Noun, string Kind, string? WeaponFrame, bool NamesStateAlone = false, bool Defends = false);

/// <summary>
/// Everything known about actors: named organisations, people, and the state forces, police and government
/// of every country, generated from the country table ("gov:SYR", "mil:SYR", "pol:SYR").
/// </summary>
public sealed class ActorCatalogue
{
    private readonly Dictionary<string, CatalogueActor> _byKey = new(StringComparer.Ordinal);
    private readonly IGazetteer _gazetteer;

    /// <summary>The keys of the named actors that are a state's whole force (<see cref="NationalForce"/>), found once at
    /// load: every named mention asks.</summary>
    private readonly HashSet<string> _nationalForces;

    public ActorCatalogue(string directory, IGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        LoadNamed(Path.Combine(directory, "actors.json"));
        _nationalForces = _byKey.Values.Where(NationalForce).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        LoadPeople(Path.Combine(directory, "people.json"));
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "unidentified-authors.tsv")))
            _unidentifiedAuthors[row["country"]] = row["author"];
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "occupiers.tsv")))
            _occupiers[row["territory"]] = row["occupier"];
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "force-nouns.tsv")))
        {
            var noun = new ForceNoun(row["noun"], row["kind"], row["weapon_frame"].Length > 0 ? row["weapon_frame"] : null, row["alone"] == "yes", row["defends"] == "yes");
            ForceNouns.Add(row["noun"], noun);
            _forceNounsByWord[row["noun"]] = noun;
            if (row["plural_of"].Length > 0)
            {
                ForceNouns.Add(row["plural_of"], noun);
                _forceNounsByWord[row["plural_of"]] = noun;
            }
        }
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "ethnic-groups.tsv")))
            EthnicAdjectives.Add(row["adjective"], row["group"]);
        foreach (var (demonym, iso3) in DemonymPairs(directory, gazetteer))
        {
            Demonyms.Add(demonym, iso3);
            // "Palestinians", "Syrians", "Iraqis": a people by the plural of its demonym (one word, not "Sudanese" or "French").
            if (!demonym.Contains(' ') && !demonym.Contains('.') && demonym.Length > 3 && demonym[^1] is 'n' or 'i' && char.IsUpper(demonym[0]))
                Peoples.Add(demonym + "s", iso3);
        }
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "titles.tsv")))
            Titles.Add(row["title"], ActorKinds.Parse(row["actor_kind"]));
    }

    /// <summary>Every demonym and its country: the hand-kept table settles demonyms that several territories share
    /// ("American" is the United States', not the Northern Mariana Islands'); the country table adds the rest.</summary>
    private static IEnumerable<(string Demonym, string Iso3)> DemonymPairs(string directory, IGazetteer gazetteer)
    {
        var settled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "demonyms.tsv")))
        {
            settled.Add(row["demonym"]);
            yield return (row["demonym"], row["iso3"]);
        }
        foreach (var country in gazetteer.Countries)
            if (country.Demonym.Length > 0 && settled.Add(country.Demonym)) yield return (country.Demonym, country.Iso3);
    }

    public PhraseMatcher<string> NamedAliases { get; } = new();
    public PhraseMatcher<Person> PersonAliases { get; } = new();
    public PhraseMatcher<ForceNoun> ForceNouns { get; } = new();
    public IReadOnlyDictionary<string, ForceNoun> ForceNounsByWord => _forceNounsByWord;
    private readonly Dictionary<string, ForceNoun> _forceNounsByWord = new(StringComparer.Ordinal);
    public PhraseMatcher<string> EthnicAdjectives { get; } = new();
    public PhraseMatcher<string> Demonyms { get; } = new();

    /// <summary>Peoples named by a plural demonym ("Palestinians" -> PSE).</summary>
    public PhraseMatcher<string> Peoples { get; } = new();

    public PhraseMatcher<ActorKind> Titles { get; } = new();

    /// <summary>Aliases written in capitals ("RSF", "IS") match only in capitals, so the pronoun "is" never does.</summary>
    public IReadOnlySet<string> CaseSensitiveAliases => _caseSensitive;
    private readonly HashSet<string> _caseSensitive = new(StringComparer.Ordinal);

    public CatalogueActor? Named(string key) => _byKey.GetValueOrDefault(key);

    public IEnumerable<CatalogueActor> NamedActors => _byKey.Values;

    /// <summary>The catalogue actor as it stands at a date: patrons whose backing had begun and not ended.</summary>
    /// <remarks>A state's whole armed force or police by its own name ("Tatmadaw", "IDF", "UPDF", which ACLED codes
    /// "Military Forces of Myanmar (2021-)") is the state's force that "the army" or "junta troops" name too: one actor, so
    /// that reports of its acts by either name are of one side.</remarks>
    public Actor ToActor(CatalogueActor a, DateOnly at, string? person = null) =>
        _nationalForces.Contains(a.Key) && State(a.Country3!, a.Kind, person) is { } state
            ? state
            : new(a.Key, a.Name, a.AcledName, a.Kind, a.Country3,
                a.Patrons.Where(p => p.FromYear <= at.Year && (p.ToYear is null || p.ToYear >= at.Year)).Select(p => p.Patron3).ToList(),
                a.Ethnicity, person);

    /// <summary>Whether ACLED's name of the actor is its state's force as a whole, with no unit after it: "Military Forces
    /// of Myanmar (2021-)", not "Military Forces of Myanmar (2021-) Border Guard Force".</summary>
    private bool NationalForce(CatalogueActor a) =>
        a is { Kind: ActorKind.StateMilitary or ActorKind.Police, Country3: { } iso3, AcledName: { } acled }
        && _gazetteer.CountryByCode(iso3) is { } country
        && acled.StartsWith($"{Institution(a.Kind)} {country.AcledName} (", StringComparison.Ordinal)
        && acled.IndexOf(')') == acled.Length - 1;

    private static string Institution(ActorKind kind) => kind switch
    {
        ActorKind.StateMilitary => "Military Forces of",
        ActorKind.Police => "Police Forces of",
        _ => "Government of",
    };

    /// <summary>A state's own actor of the given kind ("Military Forces of Syria"), or null for an unknown country.</summary>
    public Actor? State(string iso3, ActorKind kind, string? person = null) =>
        person is null ? _states.GetOrAdd((iso3, kind), k => NewState(k.Iso3, k.Kind, null)) : NewState(iso3, kind, person);

    /// <summary>Each country's state actors, made once (an actor is immutable): analyses ask for them in every article.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Iso3, ActorKind Kind), Actor?> _states = new();

    private Actor? NewState(string iso3, ActorKind kind, string? person)
    {
        var country = _gazetteer.CountryByCode(iso3);
        if (country is null) return null;
        var prefix = kind switch { ActorKind.StateMilitary => "mil", ActorKind.Police => "pol", _ => "gov" };
        var institution = Institution(kind);
        var stateKind = kind is ActorKind.StateMilitary or ActorKind.Police ? kind : ActorKind.Government;
        return new Actor($"{prefix}:{country.Iso3}", $"{institution} {country.Name}", $"{institution} {country.AcledName}", stateKind, country.Iso3, [], null, person);
    }

    /// <summary>A country acting as a whole ("Iran", "Turkey" as patrons or parties to talks).</summary>
    public Actor? Country(string iso3) => _countries.GetOrAdd(iso3, code =>
        _gazetteer.CountryByCode(code) is { } country
            ? new Actor($"gov:{country.Iso3}", country.Name, $"Government of {country.AcledName}", ActorKind.Government, country.Iso3, [])
            : null);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Actor?> _countries = new(StringComparer.Ordinal);

    /// <summary>An unnamed militia of a clan or tribe ("Clan", "Tribal"), as ACLED names it:
    /// "Unidentified Clan Militia (Ethiopia)".</summary>
    public Actor Community(string community, string? iso3)
    {
        var country = iso3 is null ? null : _gazetteer.CountryByCode(iso3);
        var (name, acled) = Labelled($"Unidentified {community} Militia", country);
        return new Actor($"idm:{community.ToLowerInvariant()}:{iso3 ?? "XXX"}", name, acled, ActorKind.IdentityMilitia, iso3, []);
    }

    /// <summary>The unnamed militia of a people, as ACLED names it: "Fulani Ethnic Militia (Nigeria)".</summary>
    public Actor EthnicMilitia(string ethnicity, string? iso3)
    {
        var (name, acled) = Labelled($"{ethnicity} Ethnic Militia", iso3 is null ? null : _gazetteer.CountryByCode(iso3));
        return new Actor($"idm:ethnic:{ethnicity.ToLowerInvariant()}:{iso3 ?? "XXX"}", name, acled, ActorKind.IdentityMilitia, iso3, [], ethnicity);
    }

    /// <summary>Families or neighbours fighting as a group are, as ACLED names them, the communal militia of their town:
    /// "Al Bab Communal Militia (Syria)". Any other actor is returned as it is.</summary>
    public Actor? OfTown(Actor? actor, Place? town)
    {
        if (actor is null || town is not { Precision: PlacePrecision.Place } || !actor.Key.StartsWith("idm:communal:", StringComparison.Ordinal)) return actor;
        var (name, acled) = Labelled($"{town.Name} Communal Militia", _gazetteer.CountryByCode(town.CountryIso2));
        return actor with { Key = $"idm:communal:{town.Name}", Name = name, AcledName = acled };
    }

    /// <summary>The unnamed author of violence in a country: an unidentified gang where its unattributed violence is
    /// organised crime's ("Unidentified Gang (Mexico)", data/actors/unidentified-authors.tsv), else an unidentified armed group.</summary>
    public Actor UnidentifiedAuthor(string iso3)
    {
        var group = Generic(ActorKind.Unidentified, iso3, null, []);
        if (!_unidentifiedAuthors.TryGetValue(iso3, out var label) || _gazetteer.CountryByCode(iso3) is not { } country) return group;
        var (name, acled) = Labelled(label, country);
        return group with { Key = $"gang:{iso3}", Name = name, AcledName = acled };
    }

    private readonly Dictionary<string, string> _unidentifiedAuthors = new(StringComparer.Ordinal);

    /// <summary>The state whose forces a territory's reports call "the occupation forces" (data/actors/occupiers.tsv): "PSE" ->
    /// "ISR"; null where none is recorded.</summary>
    public string? OccupierOf(string territory3) => _occupiers.GetValueOrDefault(territory3);

    private readonly Dictionary<string, string> _occupiers = new(StringComparer.Ordinal);

    /// <summary>An armed group the text does not name ("gunmen", "Iraqi militias", "rebels"): made by
    /// <see cref="Generic"/> or <see cref="UnidentifiedAuthor"/>, keyed by its kind and country alone.</summary>
    public static bool IsUnnamedGroup(Actor actor) =>
        actor.Key.StartsWith("reb:", StringComparison.Ordinal) || actor.Key.StartsWith("mil-a:", StringComparison.Ordinal)
        || actor.Key.StartsWith("uag:", StringComparison.Ordinal) || actor.Key.StartsWith("gang:", StringComparison.Ordinal);

    /// <summary>An unnamed group known only by kind and country: "Iraqi militias", "Civilians (Sudan)".</summary>
    public Actor Generic(ActorKind kind, string? iso3, string? demonym, IReadOnlyList<string> backers)
    {
        var country = iso3 is null ? null : _gazetteer.CountryByCode(iso3);
        var acledWhere = country?.AcledName;
        var (key, (name, acled)) = kind switch
        {
            ActorKind.Civilians => ("civ", Labelled("Civilians", country)),
            ActorKind.Protesters => ("pro", Labelled("Protesters", country)),
            ActorKind.Rioters => ("rio", Labelled("Rioters", country)),
            // ACLED's label for an unnamed armed opposition: "Opposition Rebels (Syria)".
            ActorKind.Rebel => ("reb", (demonym is null ? "Rebels" : $"{demonym} rebels", acledWhere is null ? null : $"Opposition Rebels ({acledWhere})")),
            ActorKind.PoliticalMilitia => ("mil-a", (demonym is null ? "Militias" : $"{demonym} militias", acledWhere is null ? null : $"Militia ({acledWhere})")),
            _ => ("uag", Labelled("Unidentified Armed Group", country)),
        };
        return new Actor($"{key}:{iso3 ?? "XXX"}", name, acled, kind, iso3, backers);
    }

    /// <summary>An unnamed group's label with its country, as Frontline and as ACLED name the country: "Rioters (Türkiye)",
    /// "Rioters (Turkey)"; without a country, the bare label and no ACLED name.</summary>
    private static (string Name, string? AcledName) Labelled(string label, Country? country) =>
        country is null ? (label, null) : ($"{label} ({country.Name})", $"{label} ({country.AcledName})");

    private void LoadNamed(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var a in doc.RootElement.GetProperty("actors").EnumerateArray())
        {
            var key = a.GetProperty("key").GetString()!;
            var patrons = a.TryGetProperty("patrons", out var p)
                ? p.EnumerateArray().Select(x => new Patronage(x.GetProperty("patron").GetString()!, Year(x, "from") ?? 0, Year(x, "to"))).ToList()
                : [];
            var actor = new CatalogueActor(key, a.GetProperty("name").GetString()!,
                a.TryGetProperty("acled_name", out var an) ? an.GetString() : null,
                ActorKinds.Parse(a.GetProperty("type").GetString()!),
                a.TryGetProperty("country", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
                a.TryGetProperty("ethnicity", out var e) ? e.GetString() : null,
                patrons);
            if (!_byKey.TryAdd(key, actor)) throw new InvalidDataException($"{path}: duplicate actor key '{key}'");
            if (a.TryGetProperty("stands_for", out var standsFor))
                foreach (var x in standsFor.EnumerateArray())
                    _theatres.Add(new Theatre(x.GetProperty("state").GetString()!, x.GetProperty("in").GetString()!, Year(x, "from") ?? 0, Year(x, "to"), key));
            foreach (var alias in Lexicon.Strings(a, "aliases").Append(actor.Name)) AddAlias(alias, key);
        }
        if (doc.RootElement.TryGetProperty("state_aliases", out var states))
            foreach (var st in states.EnumerateArray())
                foreach (var alias in Lexicon.Strings(st, "aliases")) AddAlias(alias, st.GetProperty("actor").GetString()!);
    }

    private void AddAlias(string alias, string key)
    {
        NamedAliases.Add(alias, key);
        if (alias.Length <= 5 && alias.Where(char.IsLetter).All(char.IsUpper)) _caseSensitive.Add(alias.ToLowerInvariant());
    }

    /// <summary>A state's forces acting in one country during some years as part of a named operation or coalition; or a
    /// movement named without its branch ("Islamic State fighters" in Mali), acting as the branch of that country (Islamic State
    /// Sahel Province).</summary>
    private sealed record Theatre(string StateKey, string Country3, int FromYear, int? ToYear, string ActorKey);

    private readonly List<Theatre> _theatres = [];

    /// <summary>The operation a state's forces act as in a country ("Saudi airstrikes" in Yemen are the Saudi-led
    /// coalition's), the branch a movement acts as there ("Islamic State" in Mali is its Sahel province), or the actor
    /// itself.</summary>
    public Actor? InTheatre(Actor? actor, string? country3, DateOnly at)
    {
        if (actor is null || country3 is null) return actor;
        foreach (var t in _theatres)
            if (t.StateKey == actor.Key && t.Country3 == country3 && t.FromYear <= at.Year && (t.ToYear is null || t.ToYear >= at.Year)
                && Named(t.ActorKey) is { } operation)
                return ToActor(operation, at, actor.Person);
        return actor;
    }

    /// <summary>The actor an alias key names: a catalogue organisation, or a state's own forces ("mil:SYR").</summary>
    public Actor? Resolve(string key, DateOnly at)
    {
        if (key.Length > 4 && key[3] == ':' && key[..3] is "mil" or "gov" or "pol")
            return State(key[4..], key[..3] switch { "mil" => ActorKind.StateMilitary, "pol" => ActorKind.Police, _ => ActorKind.Government });
        return Named(key) is { } a ? ToActor(a, at) : null;
    }

    private void LoadPeople(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var p in doc.RootElement.GetProperty("people").EnumerateArray())
        {
            var person = new Person(p.GetProperty("name").GetString()!, p.GetProperty("actor").GetString()!,
                p.GetProperty("office").GetString()!, Date(p, "from"), Date(p, "to"));
            foreach (var alias in Lexicon.Strings(p, "aliases")) PersonAliases.Add(alias, person);
        }
    }

    private static int? Year(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.GetString() is { Length: >= 4 } s ? int.Parse(s[..4], System.Globalization.CultureInfo.InvariantCulture) : null;

    private static DateOnly? Date(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && DateOnly.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
}
