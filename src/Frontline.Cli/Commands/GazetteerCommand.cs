using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Frontline.Core.Knowledge;

namespace Frontline.Cli.Commands;

/// <summary>`frontline gazetteer import PATH...` adds the villages and features of GeoNames dumps to the user's
/// gazetteer; `frontline gazetteer info` says what is loaded.</summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var command = new Command("gazetteer", "Import GeoNames dumps (village-level places) and show what the gazetteer holds");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Info());
        return command;
    }

    private static Command Import()
    {
        var paths = new Argument<string[]>("paths") { Description = "GeoNames dump files: XX.txt, XX.zip, allCountries.zip, or gzip of them", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Add every populated place and fighting-relevant feature of GeoNames dumps, with all their spellings") { paths };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var results = ImportedGazetteer.Import(parse.GetValue(paths)!);
            foreach (var (source, changed) in results)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{source.Name}: {source.Places:N0} places, {source.Names:N0} names, {string.Join(' ', source.Countries)}{(changed ? "" : " (unchanged)")}"));
            // The snapshot is keyed now, so that the next command starts in under a second.
            var tables = GazetteerSnapshot.LoadOrBuild(Path.Combine(DataFiles.DefaultDirectory, "gazetteer"));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gazetteer: {tables.Places.Length:N0} places in all, ready in {clock.Elapsed.TotalSeconds:F1} s ({ImportedGazetteer.Directory})"));
            return 0;
        }));
        return command;
    }

    private static Command Info()
    {
        var command = new Command("info", "The gazetteer's sources, countries, places and names");
        command.SetAction(_ => CommonOptions.Run(() =>
        {
            var directory = Path.Combine(DataFiles.DefaultDirectory, "gazetteer");
            var tables = GazetteerSnapshot.LoadOrBuild(directory);
            var sources = ImportedGazetteer.ReadSources();
            var builtIn = DataFiles.ReadTable(Path.Combine(directory, "places.tsv")).Count();
            var output = Console.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built-in: GeoNames cities500 ({builtIn:N0} places), {tables.Admin1Units.Length:N0} provinces, {tables.Admin2Units.Length:N0} districts"));
            if (sources.Count == 0) output.WriteLine("imported: nothing (frontline gazetteer import XX.zip adds a country's villages)");
            foreach (var s in sources)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"imported: {s.Name} ({s.File}, {s.ImportedAt}): {s.Places:N0} places, {s.Names:N0} names, countries {string.Join(' ', s.Countries)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"loaded: {tables.Places.Length:N0} places, {tables.PlainNames.KeyCount:N0} spellings, {tables.Places.Select(p => p.CountryIso2).Distinct().Count()} countries"));
            output.WriteLine($"cache: {GazetteerSnapshot.CacheDirectory}");
            return 0;
        }));
        return command;
    }
}
