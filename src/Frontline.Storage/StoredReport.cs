using Frontline.Core.Knowledge;
using Frontline.Core.Output.Report;

namespace Frontline.Storage;

/// <summary>The situation report over a store's window (and a country), as the CLI's `report` and the API's /api/report build it.</summary>
public static class StoredReport
{
    public static SituationReport Build(IEventStore store, DateOnly? since, DateOnly? until, Country? country)
    {
        var window = new EventQuery(since, until, Limit: int.MaxValue);
        var events = store.Events(window with { CountryIso2 = country?.Iso2, CountryIso3 = country?.Iso3 });
        return SituationReport.Build(events, store.ControlChanges(window), store.Relations(window), since, until, country?.Iso2, country?.Iso3);
    }
}
