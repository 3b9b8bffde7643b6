using System.Text.Json;

namespace Frontline.Tests.Cli;

/// <summary>`frontline control`: the written Idlib report's captures, read back as a per-place timeline.</summary>
public sealed class ControlCommandTests : IDisposable
{
    private static string ReportPath => Analysis.WrittenReportPath;

    private readonly string _store = Path.Combine(Path.GetTempPath(), $"frontline-control-{Guid.NewGuid():N}.db");

    public ControlCommandTests()
    {
        var r = CliRunner.Run(null, "ingest", ReportPath, "--published", Analysis.WrittenReportPublished, "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
    }

    [Fact]
    public void Each_captured_place_is_held_by_its_last_taker()
    {
        var r = CliRunner.Run(null, "control", "--format", "json", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        var places = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToList();
        places.Count.ShouldBe(2);
        places.ShouldContain(p => p.GetProperty("place").GetString()!.StartsWith("Ma‘arrat", StringComparison.Ordinal)
                                  && p.GetProperty("held_by").GetString() == "Military Forces of Syria");
        places.ShouldAllBe(p => p.GetProperty("history").GetArrayLength() >= 1 && p.GetProperty("country").GetString() == "SY");
    }

    [Fact]
    public void A_place_is_found_under_another_spelling()
    {
        var r = CliRunner.Run(null, "control", "--place", "Saraqeb", "--format", "json", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        var place = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ShouldHaveSingleItem();
        place.GetProperty("held_by").GetString()!.ShouldContain("rebels");
        place.GetProperty("history")[0].GetProperty("taken_from").GetString().ShouldBe("Military Forces of Syria");
    }

    [Fact]
    public void Before_the_changes_nobody_is_recorded_as_holding_anything()
    {
        var r = CliRunner.Run(null, "control", "--at", "2019-01-01", "--format", "json", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        JsonDocument.Parse(r.Stdout).RootElement.GetArrayLength().ShouldBe(0);
    }

    public void Dispose()
    {
        foreach (var f in new[] { _store, _store + "-wal", _store + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}
