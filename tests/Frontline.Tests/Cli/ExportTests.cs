using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Frontline.Core.Output.Exports;

namespace Frontline.Tests.Cli;

/// <summary>`frontline export`: each format parsed back and checked against its rules.</summary>
public sealed class ExportTests : IDisposable
{
    private static readonly string[] PloverTypes =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    private readonly string _store = Path.Combine(Path.GetTempPath(), $"frontline-export-{Guid.NewGuid():N}.db");

    public ExportTests()
    {
        var r = CliRunner.Run(null, "ingest", SamplesPath(), "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
    }

    [Fact]
    public void Acled_csv_has_acleds_header_and_one_row_per_coded_event()
    {
        var r = CliRunner.Run(null, "export", "--format", "acled-csv", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        using var csv = new CsvReader(new StringReader(r.Stdout), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        csv.HeaderRecord.ShouldBe(AcledCsv.Columns);
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            DateOnly.ParseExact(csv.GetField("event_date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.GetField("event_type").ShouldNotBeNullOrEmpty();
            int.Parse(csv.GetField("fatalities")!, CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0);
            csv.GetField("time_precision").ShouldBeOneOf("1", "2", "3");
        }
        rows.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Geojson_follows_rfc_7946()
    {
        var r = CliRunner.Run(null, "export", "--format", "geojson", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        root.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = root.GetProperty("features").EnumerateArray().ToList();
        features.ShouldNotBeEmpty();
        foreach (var f in features)
        {
            f.GetProperty("type").GetString().ShouldBe("Feature");
            f.GetProperty("properties").ValueKind.ShouldBe(JsonValueKind.Object);
            var g = f.GetProperty("geometry");
            g.GetProperty("type").GetString().ShouldBe("Point");
            var c = g.GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()).ToList();
            c.Count.ShouldBe(2);
            c[0].ShouldBeInRange(-180, 180);
            c[1].ShouldBeInRange(-90, 90);
        }
    }

    [Fact]
    public void Plover_json_has_plover_types_and_magnitudes()
    {
        var r = CliRunner.Run(null, "export", "--format", "plover-json", "--store", _store);
        r.ExitCode.ShouldBe(0, r.Stderr);
        var events = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToList();
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => PloverTypes.Contains(e.GetProperty("event_type").GetString()));
        events.ShouldContain(e => e.GetProperty("magnitude").GetProperty("dead").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        CliRunner.Run(null, "export", "--format", "xlsx", "--store", _store).ExitCode.ShouldNotBe(0);
    }

    public void Dispose()
    {
        foreach (var f in new[] { _store, _store + "-wal", _store + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }

    private static string SamplesPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "samples");
    }
}
