using Frontline.Core.Corpus;
using Frontline.Core.Knowledge;
using Frontline.Core.Output.Report;

namespace Frontline.Storage;

/// <summary>The situation report over a store's window (and a country), as the CLI's `report` and the API's /api/report build it.</summary>
public static class StoredReport
{
    public static SituationReport Build(IEventStore store, DateOnly? since, DateOnly? until, Country? country)
    {
        var window = new EventQuery(since, until, Limit: int.MaxValue);
        // Each read streams, merged and summed as it comes; the report takes them one after the other.
        var incidents = IncidentMerger.MergeInDateOrder(store.EventsInDateOrder(window with { CountryIso2 = country?.Iso2, CountryIso3 = country?.Iso3 }));
        return SituationReport.Build(incidents, store.ControlChangesMostPreciseFirst(window), store.Relations(window), since, until, country?.Iso2, country?.Iso3);
    }
}
