using System.Text.Json.Serialization;

namespace Frontline.Core.Output;

// The JSON contract "frontline/analysis/1" (shared/eval/README.md), as plain records. Property names are written
// in snake_case by AnalysisJson; nulls are written, never omitted, so a reader can tell "unknown" from "absent".

public sealed record AnalysisDto(
    string Schema,
    IReadOnlyList<ArticleDto> Articles,
    IReadOnlyList<EventDto> Events,
    IReadOnlyList<RelationDto> Relations,
    IReadOnlyList<ControlChangeDto> ControlChanges);

public sealed record ArticleDto(string Id, string Published, string? Title, string? Url);

public sealed record EventDto(
    string Id,
    string ArticleId,
    string Summary,
    DateDto Date,
    AcledDto? Acled,
    string? Cameo,
    PloverDto? Plover,
    ActorDto? Actor1,
    ActorDto? Actor2,
    IReadOnlyList<ActorDto> AssociatedActors,
    LocationDto? Location,
    int? Fatalities,
    QuantityDto? Quantity,
    string Modality,
    IReadOnlyList<string> Sources,
    IReadOnlyList<EvidenceDto> Evidence);

public sealed record DateDto(string Start, string End, string Precision)
{
    public DateOnly StartDay() => DateOnly.ParseExact(Start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public DateOnly EndDay() => DateOnly.ParseExact(End, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many days past the first the interval runs: 0 for a day; the smaller, the more precise.</summary>
    public int SpanDays() => EndDay().DayNumber - StartDay().DayNumber;
}

public sealed record AcledDto(
    string? DisorderType,
    string EventType,
    string? SubEventType,
    int? Inter1,
    int? Inter2,
    int? Interaction,
    [property: JsonPropertyName("civilian_targeting")] string? CivilianTargeting);

/// <summary>PLOVER type and mode with the event's magnitudes: the dead, the injured, the size of the group (PLOVER 3.3).</summary>
public sealed record PloverDto(string Type, string? Mode, int? Dead = null, int? Injured = null, int? Size = null);

public sealed record ActorDto(string Name, string? AcledName, string Type, string? Country, IReadOnlyList<string> Backers, string? Person);

public sealed record LocationDto(string Name, string? Id, double Lat, double Lon, string? Admin1, string? Admin2, string Country, string? CountryName, string Precision);

public sealed record QuantityDto(int Value, string Unit);

public sealed record EvidenceDto(int Start, int End, string Text);

/// <summary>A backing, alliance or enmity statement; <see cref="ArticleId"/> is the article it was read from.</summary>
public sealed record RelationDto(string Type, ActorDto Patron, ActorDto Client, DateDto? Date, IReadOnlyList<EvidenceDto> Evidence, string? ArticleId = null);

/// <summary>A place changing hands; <see cref="ArticleId"/> is the article it was read from.</summary>
public sealed record ControlChangeDto(LocationDto Location, ActorDto? From, ActorDto? To, DateDto Date, IReadOnlyList<EvidenceDto> Evidence, string? ArticleId = null);
