using Frontline.Core.Output;

namespace Frontline.Core.Corpus;

/// <summary>One report of an incident: which event of which article, and what that report says where reports differ.</summary>
public sealed record IncidentReport(
    string EventId,
    string ArticleId,
    DateDto Date,
    int? Fatalities,
    string? Actor1,
    string? Actor2,
    string? Location,
    IReadOnlyList<string> Sources,
    IReadOnlyList<EvidenceDto> Evidence);

/// <summary>
/// One real-world event told by one or more reports. <see cref="Event"/> is the merged coding: the most precise place
/// and date among the reports, ACLED's lowest credible toll, every source; <see cref="FatalitiesMax"/> is the highest
/// toll reported, so the range is kept; <see cref="Disagreements"/> names each field the reports differ on with the
/// values they give (nothing is overwritten silently).
/// </summary>
public sealed record Incident(
    string Id,
    EventDto Event,
    int? FatalitiesMax,
    IReadOnlyList<IncidentReport> Reports,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Disagreements);
