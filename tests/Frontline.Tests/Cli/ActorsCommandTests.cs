using System.Text.Json;

namespace Frontline.Tests.Cli;

/// <summary>`frontline actors`: the written Idlib report's actors and its backing graph, read back from a store.</summary>
public sealed class ActorsCommandTests : IDisposable
{
    private static string ReportPath => Analysis.WrittenReportPath;

    private readonly string _store = Path.Combine(Path.GetTempPath(), $"frontline-actors-{Guid.NewGuid():N}.db");

    public ActorsCommandTests()
    {
        var r = CliRunner.Run(null, "ingest", ReportPath, "--published", Analysis.WrittenReportPublished, "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
    }

    [Fact]
    public void The_json_graph_has_the_actors_and_who_backs_whom()
    {
        var r = CliRunner.Run(null, "actors", "--graph", "json", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        nodes.ShouldContain(n => n.GetProperty("name").GetString() == "Hayat Tahrir al-Sham" && n.GetProperty("events").GetInt32() >= 2);
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        edges.ShouldContain(e => e.GetProperty("type").GetString() == "backs" && e.GetProperty("from").GetString()!.Contains("Iran")
                                 && e.GetProperty("evidence").GetInt32() >= 1);
        edges.ShouldContain(e => e.GetProperty("from").GetString()!.Contains("Türkiye") || e.GetProperty("from").GetString()!.Contains("Turkey"));
    }

    [Fact]
    public void The_dot_graph_is_graphviz()
    {
        var r = CliRunner.Run(null, "actors", "--graph", "dot", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldStartWith("digraph actors {");
        r.Stdout.ShouldContain("->");
        r.Stdout.TrimEnd().ShouldEndWith("}");
    }

    [Fact]
    public void A_window_before_the_report_holds_nothing()
    {
        var r = CliRunner.Run(null, "actors", "--graph", "json", "--until", "2019-01-01", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        JsonDocument.Parse(r.Stdout).RootElement.GetProperty("edges").GetArrayLength().ShouldBe(0);
    }

    public void Dispose()
    {
        foreach (var f in new[] { _store, _store + "-wal", _store + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}
