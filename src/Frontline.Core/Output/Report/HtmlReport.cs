using System.Net;
using Markdig;

namespace Frontline.Core.Output.Report;

/// <summary>
/// The situation report as one self-contained HTML page: the Markdown report rendered by Markdig (raw HTML in report
/// text disabled, so an article cannot inject markup), with the map and the timeline as inline SVG before the key
/// developments. No script, no external request: it can be mailed or opened offline.
/// </summary>
public static class HtmlReport
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private const string Style = """
        body { font-family: system-ui, sans-serif; color: #1b1b1b; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; } th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; vertical-align: top; }
        blockquote { margin: 0.25rem 0 0.75rem 1rem; padding-left: 0.75rem; border-left: 3px solid #888; color: #333; }
        code { background: #f1f1f1; padding: 0 0.2rem; } figure { margin: 1rem 0; } figcaption { font-size: 0.9rem; color: #333; }
        svg.map { width: 100%; max-height: 32rem; border: 1px solid #bbb; background: #dce9f2; } svg.timeline { width: 100%; height: 10rem; }
        .legend span { display: inline-block; margin-right: 1rem; } .legend i { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%; margin-right: 0.3rem; }
        """;

    public static string Write(SituationReport report, DateTimeOffset generated, string countriesGeoJsonPath)
    {
        var body = Markdown.ToHtml(MarkdownReport.Write(report, generated), Pipeline);
        var legend = string.Concat(ReportFigures.TypeColours.Select(kv =>
            $"<span><i style=\"background:{kv.Value}\"></i>{WebUtility.HtmlEncode(kv.Key)}</span>"));
        var figures = report.Events == 0 ? "" :
            $"<figure>{ReportFigures.Map(report.Map, countriesGeoJsonPath)}<figcaption>Events by place: a dot per place and event type, its size growing with the toll. <span class=\"legend\">{legend}</span></figcaption></figure>"
            + $"<figure>{ReportFigures.Timeline(report.EventsPerDay)}<figcaption>Events per day.</figcaption></figure>";
        const string anchor = "<h2>Key developments</h2>";
        var at = body.IndexOf(anchor, StringComparison.Ordinal);
        var page = at < 0 ? figures + body : body[..at] + figures + body[at..];
        var title = WebUtility.HtmlEncode($"Situation report: {MarkdownReport.Window(report)}");
        return $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><style>{Style}</style></head>
            <body><main>
            {page}
            </main></body>
            </html>
            """;
    }
}
