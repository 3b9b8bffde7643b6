using System.Text.Json;

namespace Frontline.Core.Knowledge;

/// <summary>
/// The place resolver's weights: what each feature of a reading (match quality, population, seat of government, the
/// article's countries and provinces, spatial coherence) adds to its score, and the thresholds between readings. Kept in
/// data/gazetteer/resolver-weights.json, fitted on development corpora by tools/eval/fit_resolver.py;
/// $FRONTLINE_RESOLVER_WEIGHTS names another file (the fitting script's trials).
/// </summary>
public sealed record ResolverWeights
{
    /// <summary>Matched by the exact spelling (modulo accents) rather than a transliteration key.</summary>
    public double ExactSpelling { get; init; } = 1.5;

    /// <summary>Called by its own name rather than one of its alternate names.</summary>
    public double OwnName { get; init; } = 1.0;

    /// <summary>Seats of government: capital, province seat, district seat, sub-district seat.</summary>
    public double CapitalSeat { get; init; } = 2.0;
    public double ProvinceSeat { get; init; } = 1.5;
    public double DistrictSeat { get; init; } = 0.7;
    public double SubDistrictSeat { get; init; } = 0.3;

    /// <summary>In a country the article names as a place, or one only its actors come from.</summary>
    public double NamedCountry { get; init; } = 5;
    public double ActorCountry { get; init; } = 2.5;

    /// <summary>Inside a province or district the article names.</summary>
    public double NamedUnit { get; init; } = 4;

    /// <summary>In the province of another town the article names.</summary>
    public double NearbyProvince { get; init; } = 1.5;

    /// <summary>Within <see cref="NearKm"/> of a town or district the article names unambiguously (spatial coherence
    /// across provincial lines: "Kochkin village ..., Kabul").</summary>
    public double NearNamedPlace { get; init; } = 2.0;

    /// <summary>The distance within which a namesake counts as near a place the article names.</summary>
    public double NearKm { get; init; } = 75;

    /// <summary>In a province an open front of the article's day runs through (data/actors/fronts.tsv): of a village's
    /// namesakes, the one on the front is the likelier scene of fighting.</summary>
    public double ConflictZone { get; init; } = 3.0;

    /// <summary>Within <see cref="ContactLineKm"/> of a contact line of the article's day (data/gazetteer/contact-lines.tsv):
    /// of a village's namesakes in a province at war, the one on the line.</summary>
    public double OnContactLine { get; init; } = 3.0;

    /// <summary>The distance within which a town counts as on a contact line.</summary>
    public double ContactLineKm { get; init; } = 15;

    /// <summary>How far below an actor-suggested town a world city called by its own name may score and still win.</summary>
    public double FameMargin { get; init; } = 3.0;

    /// <summary>Population from which a city by its own name outranks a namesake that only the context lifts ("the Mayor of
    /// Boston").</summary>
    public long WorldCity { get; init; } = 500_000;

    /// <summary>Population from which a town outside the article's countries may be read by an exact spelling.</summary>
    public long LargeTown { get; init; } = 100_000;

    /// <summary>How many times a town's population a province of the same name must hold to be read instead.</summary>
    public double LargerUnitFactor { get; init; } = 10;

    public static ResolverWeights Default { get; } = new();

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The weights in <paramref name="path"/>, or in $FRONTLINE_RESOLVER_WEIGHTS when set; a weight a file
    /// leaves out keeps its default.</summary>
    public static ResolverWeights Load(string path)
    {
        var chosen = Environment.GetEnvironmentVariable("FRONTLINE_RESOLVER_WEIGHTS") is { Length: > 0 } custom ? custom : path;
        try
        {
            return JsonSerializer.Deserialize<ResolverWeights>(File.ReadAllText(chosen), Options)
                   ?? throw new InvalidDataException($"{chosen}: empty weights file");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{chosen}: not a weights file ({e.Message})");
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions(Options) { WriteIndented = true });

    /// <summary>How prominent a town is before any context: its population's order of magnitude and its seat of
    /// government. The resolver's base score and the blind country vote both start from it.</summary>
    public double Prominence(long population, string feature) => Math.Log10(population + 10) + Seat(feature);

    /// <summary>What a seat-of-government feature code adds.</summary>
    public double Seat(string feature) => feature switch
    {
        "PPLC" => CapitalSeat,
        "PPLA" => ProvinceSeat,
        "PPLA2" => DistrictSeat,
        "PPLA3" or "PPLA4" => SubDistrictSeat,
        _ => 0.0,
    };
}
