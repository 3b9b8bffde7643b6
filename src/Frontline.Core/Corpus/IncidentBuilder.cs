using Frontline.Core.Output;

namespace Frontline.Core.Corpus;

/// <summary>
/// Codes one incident from its reports: the most precise place and date, a named actor over an unidentified one,
/// ACLED's toll rule (the lowest credible figure: the smallest toll any report gives, a report silent on deaths
/// saying nothing), every source, and each field the reports disagree on.
/// </summary>
internal static class IncidentBuilder
{
    public static Incident Build(IReadOnlyList<EventDto> members, EventDto placeEvent)
    {
        var first = members[0];
        var date = members.OrderBy(m => m.Date.SpanDays()).ThenBy(m => m.Date.Start, StringComparer.Ordinal).First().Date;
        var tolls = members.Where(m => m.Fatalities is not null).Select(m => m.Fatalities!.Value).ToList();
        var positive = tolls.Where(t => t > 0).ToList();
        int? credible = positive.Count > 0 ? positive.Min() : tolls.Count > 0 ? 0 : null;
        int? highest = tolls.Count > 0 ? tolls.Max() : null;
        var actor1 = members.Select(m => m.Actor1).FirstOrDefault(a => a is not null && a.Type != "unidentified") ?? placeEvent.Actor1;
        var actor2 = placeEvent.Actor2 ?? members.Select(m => m.Actor2).FirstOrDefault(a => a is not null);
        var coding = CodingOf(members, placeEvent);
        var merged = placeEvent with
        {
            Id = first.Id,
            Summary = Resummarize(coding, actor1, credible),
            Acled = coding.Acled,
            Cameo = coding.Cameo,
            Date = date,
            Actor1 = actor1,
            Actor2 = actor2,
            Fatalities = credible,
            Plover = coding.Plover is { } p ? p with { Dead = credible } : null,
            Sources = members.SelectMany(m => m.Sources).Distinct(StringComparer.Ordinal).ToList(),
            Modality = members.Any(m => m.Modality == "asserted") ? "asserted" : placeEvent.Modality,
        };
        var reports = members.Select(m => new IncidentReport(m.Id, m.ArticleId, m.Date, m.Fatalities, m.Actor1?.Name, m.Actor2?.Name,
            m.Location?.Name, m.Sources, m.Evidence)).ToList();
        return new Incident(first.Id, merged, highest, reports, Disagreements(members));
    }

    /// <summary>The report whose coding the incident takes: the one with the most precise place, except that a report
    /// telling a town was taken by force outweighs one silent on fighting ("seized it after the army withdrew", coded a
    /// non-violent transfer): silence about a fight does not deny it.</summary>
    private static EventDto CodingOf(IReadOnlyList<EventDto> members, EventDto placeEvent) =>
        placeEvent.Acled?.SubEventType == TerritorySubTypes.Unopposed
        && members.FirstOrDefault(m => TerritorySubTypes.TakenByForce(m.Acled?.SubEventType)) is { } forced
            ? forced
            : placeEvent;

    /// <summary>The representative report's summary line (EventCoder's "Actor did what; N killed") told with the
    /// incident's actor and toll.</summary>
    private static string Resummarize(EventDto e, ActorDto? actor1, int? toll)
    {
        var summary = e.Summary;
        if (e.Actor1 is { } before && actor1 is not null && before.Name != actor1.Name && summary.StartsWith(before.Name, StringComparison.Ordinal))
            summary = actor1.Name + summary[before.Name.Length..];
        var told = e.Fatalities is > 0 ? $"; {e.Fatalities} killed" : null;
        var now = toll is > 0 ? $"; {toll} killed" : "";
        return told is null || told == now ? summary : summary.Replace(told, now, StringComparison.Ordinal);
    }

    private static Dictionary<string, IReadOnlyList<string>> Disagreements(IReadOnlyList<EventDto> members)
    {
        var fields = new (string Field, Func<EventDto, string?> Value)[]
        {
            ("fatalities", m => m.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            // Only exact days and towns can disagree: a week or a province containing them does not contradict them.
            ("date", m => m.Date.Start == m.Date.End ? m.Date.Start : null),
            ("actor1", m => m.Actor1?.Name),
            ("sub_event_type", m => m.Acled?.SubEventType),
            ("location", m => m.Location?.Precision == "place" ? m.Location.Name : null),
        };
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, value) in fields)
        {
            var values = members.Select(value).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (values.Count > 1) found[field] = values;
        }
        return found;
    }
}
