using System.Text.Json;

namespace Frontline.Tests.Cli;

/// <summary>`frontline analyze` over places only an imported GeoNames dump holds (tests/Fixtures/geonames/CD.txt, invented
/// places), each run with a cache folder of its own.</summary>
public sealed class ImportedPlacesAnalysisTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("frontline-places-").FullName;
    private Dictionary<string, string> Environment => new() { ["FRONTLINE_CACHE"] = _cache };

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private CliRunner.Result Frontline(params string[] args) => CliRunner.Run(null, Environment, args);

    [Fact]
    public void The_locality_points_at_the_village_not_at_the_town_the_text_names_as_a_territory()
    {
        Frontline("gazetteer", "import", Analysis.FixturePath(Path.Combine("geonames", "CD.txt"))).ExitCode.ShouldBe(0);
        var input = Path.Combine(_cache, "report.txt");
        File.WriteAllText(input, "Fighting broke out on Wednesday between M23 rebels and Wazalendo militiamen in Mbuguru, in the Bwito chiefdom of "
                                 + "Kilimbwe territory (North Kivu).\n\nThe Wazalendo fighters had attacked M23 positions on the hills overlooking "
                                 + "the locality at dawn, local sources said.");
        var r = Frontline("analyze", input, "--published", "2025-04-11", "--format", "json");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var events = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("events").EnumerateArray().ToList();
        events.ShouldHaveSingleItem().GetProperty("location").GetProperty("name").GetString().ShouldBe("Mbuguru");
    }
}
