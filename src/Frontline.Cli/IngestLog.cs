using System.Text.Json.Nodes;
using Frontline.Core.Model;
using Frontline.Core.Output;
using Frontline.Storage;

namespace Frontline.Cli;

/// <summary>
/// The per-article ingest log (`ingest --log FILE`): one JSON line per article, written once its batch is committed,
/// saying whether it was stored or already present and what was extracted from it (events with their codes, place
/// and toll; how many backing statements and control changes).
/// </summary>
public static class IngestLog
{

    /// <summary>A committed batch, from the records as stored: each event's id is the one `events` lists.</summary>
    public static void Write(TextWriter log, IReadOnlyList<StorableArticle> batch, IngestResult result)
    {
        var present = new HashSet<string>(result.AlreadyPresent ?? [], StringComparer.Ordinal);
        foreach (var a in batch)
        {
            var events = new JsonArray();
            foreach (var e in a.Events.Select(row => row.Columns))
                events.Add(new JsonObject
                {
                    ["id"] = e.Id,
                    ["type"] = e.EventType is { } type ? $"{type} / {e.SubEventType}" : e.Plover,
                    ["place"] = e.Location,
                    ["date"] = e.DateStart,
                    ["fatalities"] = e.Fatalities,
                });
            var line = new JsonObject
            {
                ["article"] = a.Article.Id,
                ["published"] = AnalysisMapper.Iso(a.Article.Published),
                ["status"] = present.Contains(a.Article.Id) ? "already present" : "stored",
                ["events"] = events,
                ["relations"] = a.Relations.Count,
                ["control_changes"] = a.ControlChanges.Count,
            };
            log.WriteLine(line.ToJsonString(AnalysisJson.Compact));
        }
        log.Flush();
    }

    /// <summary>Articles found stored before analysis: nothing was extracted from them this time.</summary>
    public static void WritePresent(TextWriter log, IReadOnlyList<Article> present)
    {
        foreach (var a in present)
            log.WriteLine(new JsonObject
            {
                ["article"] = a.Id,
                ["published"] = AnalysisMapper.Iso(a.Published),
                ["status"] = "already present",
            }.ToJsonString(AnalysisJson.Compact));
        log.Flush();
    }
}
