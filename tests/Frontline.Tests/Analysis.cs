using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Pipeline;
using Frontline.Core.Text;

namespace Frontline.Tests;

/// <summary>The shipped knowledge base and analyzer, loaded once for all tests.</summary>
public static class Analysis
{
    public static KnowledgeBase Kb => KnowledgeBase.Default;

    public static Analyzer Analyzer { get; } = new(KnowledgeBase.Default);

    public static ArticleAnalysis Run(string text, string published = "2024-12-02", string id = "test") =>
        Analyzer.Analyze(new Article(id, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), text));

    /// <summary>The ACLED sub-event type of the text's first event that has one (its main event, as the analyzer orders them).</summary>
    public static string? FirstSubType(string text, string published = "2024-03-05") =>
        Run(text, published).Events.Select(e => e.Codes.AcledSubEventType).FirstOrDefault(t => t is not null);

    /// <summary>Whether the event is political violence (a battle, remote violence or violence against civilians).</summary>
    public static bool Violent(Event e) => e.Codes.AcledEventType is "Violence against civilians" or "Battles" or "Explosions/Remote violence";

    public static (Document Doc, Annotations Ann) Annotate(string text, string published = "2024-12-02") =>
        Analyzer.Annotate(new Article("test", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), text));

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A report written for the tests (tests/Fixtures): the repository alone holds everything `dotnet test` reads.</summary>
    public static string FixturePath(string name) => Path.Combine(RepositoryDirectory, "tests", "Fixtures", name);

    /// <summary>The written Idlib report (captures, backers, a withdrawal, a visit, a toll with its source) and its date.</summary>
    public static string WrittenReportPath => FixturePath("idlib-offensive.txt");

    public const string WrittenReportPublished = "2020-01-28";

    public static string RepositoryDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Frontline.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("repository root not found");
        }
    }
}
