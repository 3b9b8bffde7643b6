using System.Globalization;
using System.Text;
using Frontline.Core.Corpus;

namespace Frontline.Core.Output.Report;

/// <summary>
/// The situation report as Markdown (CommonMark): overview table, key developments by country and region, control
/// changes, deployments and movements, backing and alliances. Every incident line cites its articles and quotes the
/// words it was coded from, so a reader can check each claim.
/// </summary>
public static class MarkdownReport
{
    public static string Write(SituationReport report, DateTimeOffset generated)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Situation report: {Window(report)}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Generated {generated:yyyy-MM-dd HH:mm} UTC by Frontline from {report.Reports} report(s): {report.Events} event(s) after merging reports of the same event, {report.Fatalities} reported fatalities (lowest credible figures).");
        md.AppendLine();
        Overview(md, report);
        Developments(md, report);
        Control(md, report);
        Movements(md, report);
        Backing(md, report);
        return md.ToString();
    }

    public static string Window(SituationReport r) =>
        (r.Since, r.Until) switch
        {
            (null, null) => "all stored reports",
            ({ } s, null) => $"since {AnalysisMapper.Iso(s)}",
            (null, { } u) => $"until {AnalysisMapper.Iso(u)}",
            ({ } s, { } u) => $"{AnalysisMapper.Iso(s)} to {AnalysisMapper.Iso(u)}",
        } + (r.CountryFilter is { } c ? $", {c}" : "");

    private static void Overview(StringBuilder md, SituationReport report)
    {
        md.AppendLine("## Overview");
        md.AppendLine();
        if (report.Countries.Count == 0)
        {
            md.AppendLine("No events in this window.");
            md.AppendLine();
            return;
        }
        md.AppendLine("| Country | Events | Fatalities | Control changes |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var c in report.Countries)
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Escape(c.CountryName)} | {c.Events} | {c.Fatalities} | {report.Control.Where(p => p.Country == c.Country).Sum(p => p.History.Count)} |");
        md.AppendLine();
    }

    private static void Developments(StringBuilder md, SituationReport report)
    {
        md.AppendLine("## Key developments");
        md.AppendLine();
        foreach (var country in report.Countries)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {Escape(country.CountryName)}");
            md.AppendLine();
            foreach (var region in country.Regions)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"#### {Escape(region.Region)}");
                md.AppendLine();
                foreach (var incident in region.Incidents) IncidentLine(md, incident);
                if (region.Events > region.Incidents.Count)
                    md.AppendLine(CultureInfo.InvariantCulture, $"- and {region.Events - region.Incidents.Count} more event(s) of lesser toll.");
                md.AppendLine();
            }
        }
    }

    private static void IncidentLine(StringBuilder md, ReportedIncident incident)
    {
        var e = incident.Event;
        var range = incident.FatalitiesMax > (e.Fatalities ?? 0) ? $" (reports give {e.Fatalities ?? 0} to {incident.FatalitiesMax} killed)" : "";
        var type = e.Acled is { } a ? $"{a.EventType} / {a.SubEventType}" : e.Plover?.Type ?? "";
        md.AppendLine(CultureInfo.InvariantCulture,
            $"- **{DateText(e.Date)}**: {Escape(e.Summary)}{range}. _{Escape(type)}_; {incident.Reports} report(s): {Cites(incident.Articles, incident.Reports)}.");
        foreach (var d in incident.Disagreements.Where(d => d.Key != "fatalities"))
            md.AppendLine(CultureInfo.InvariantCulture, $"  Reports differ on {d.Key.Replace('_', ' ')}: {Escape(string.Join(" / ", d.Value))}.");
        if (e.Evidence.Count > 0)
            md.AppendLine(CultureInfo.InvariantCulture, $"  > \"{Escape(Quote(e.Evidence[0].Text))}\" ({Cite(e.ArticleId)})");
    }

    private static void Control(StringBuilder md, SituationReport report)
    {
        md.AppendLine("## Control changes");
        md.AppendLine();
        if (report.Control.Count == 0)
        {
            md.AppendLine("No place changed hands in this window.");
            md.AppendLine();
            return;
        }
        md.AppendLine("| Date | Place | Country | Now held by | Taken from | Reports | Evidence |");
        md.AppendLine("|---|---|---|---|---|---:|---|");
        foreach (var (place, step) in report.Control.SelectMany(p => p.History.Select(s => (p, s))).OrderBy(x => x.s.Date, StringComparer.Ordinal))
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {step.Date} | {Escape(place.Place)} | {place.Country} | {Escape(step.HeldBy ?? "-")} | {Escape(step.TakenFrom ?? "-")} | {step.Reports}: {Cites(step.Articles)} | \"{Escape(Quote(step.Evidence))}\" |");
        md.AppendLine();
    }

    private static void Movements(StringBuilder md, SituationReport report)
    {
        md.AppendLine("## Deployments and movements");
        md.AppendLine();
        if (report.Movements.Count == 0) md.AppendLine("None reported in this window.");
        foreach (var incident in report.Movements) IncidentLine(md, incident);
        md.AppendLine();
    }

    private static void Backing(StringBuilder md, SituationReport report)
    {
        md.AppendLine("## Backing and alliances");
        md.AppendLine();
        if (report.Backing.Count == 0) md.AppendLine("No backing or alliance stated in this window.");
        foreach (var b in report.Backing)
        {
            var verb = b.Type switch { "backs" => "backs", "allied_with" => "is allied with", _ => "fights" };
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Escape(b.Patron)}** {verb} **{Escape(b.Client)}** ({b.Statements} statement(s): {Cites(b.Articles)}).");
            if (b.Evidence.Length > 0) md.AppendLine(CultureInfo.InvariantCulture, $"  > \"{Escape(Quote(b.Evidence))}\"");
        }
        md.AppendLine();
    }

    private static string DateText(DateDto d) => d.Start == d.End ? d.Start : $"{d.Start} to {d.End}";

    /// <summary>The first articles by name, the rest counted: an event told by thousands of articles stays one
    /// readable line.</summary>
    private static string Cites(IReadOnlyList<string> articleIds, int of) =>
        string.Join(", ", articleIds.Take(ReportedIncident.CitedArticles).Select(Cite))
        + (of > ReportedIncident.CitedArticles ? $" and {of - ReportedIncident.CitedArticles} more" : "");

    private static string Cites(IReadOnlyList<string> articleIds) => Cites(articleIds, articleIds.Count);

    private static string Cite(string articleId) => $"`{articleId.Replace('`', '\'')}`";

    private static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 280 ? flat : flat[..277] + "...";
    }

    /// <summary>Text from reports is data, not markup: characters Markdown would act on are escaped.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!') sb.Append('\\');
            sb.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return sb.ToString();
    }
}
