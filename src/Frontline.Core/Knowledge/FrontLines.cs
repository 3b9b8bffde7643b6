using System.Globalization;

namespace Frontline.Core.Knowledge;

/// <summary>A front line between two known sides, in one country's territory for some dates (data/actors/fronts.tsv).</summary>
/// <param name="Regions">The GeoNames admin1 codes it runs through ("UA.05"); empty when it runs through the whole country.</param>
public sealed record FrontLine(string Key, string Country3, IReadOnlySet<string> Regions, DateOnly From, DateOnly? To, string Side1, string Side2)
{
    public bool IsOpenOn(DateOnly day) => From <= day && (To is null || day <= To);

    /// <summary>Whether a place in that country lies on the front: a province it runs through, or an unknown one.</summary>
    public bool Covers(string? admin1Code) => Regions.Count == 0 || admin1Code is null || Regions.Contains(admin1Code);
}

/// <summary>
/// The fronts of today's and recent wars that have exactly two sides. A report of fighting on one that names neither
/// side ("an exchange of fire in both directions of the frontline") is about those two sides; a war with many sides has
/// no entry, since its unnamed fighting could be anyone's.
/// </summary>
public sealed class FrontLines
{
    private readonly List<FrontLine> _fronts = [];

    public FrontLines(string path)
    {
        foreach (var row in DataFiles.ReadTable(path))
        {
            var regions = row["regions"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            _fronts.Add(new FrontLine(row["key"], row["country"], regions, Day(path, row["from"]),
                row["to"].Length == 0 ? null : Day(path, row["to"]), row["side1"], row["side2"]));
        }
    }

    public IReadOnlyList<FrontLine> All => _fronts;

    /// <summary>The front open on that day through that country and province, if there is exactly one.</summary>
    public FrontLine? At(string country3, string? admin1Code, DateOnly day)
    {
        FrontLine? found = null;
        foreach (var f in _fronts)
        {
            if (f.Country3 != country3 || !f.IsOpenOn(day) || !f.Covers(admin1Code)) continue;
            if (found is not null) return null;
            found = f;
        }
        return found;
    }

    private static DateOnly Day(string path, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidDataException($"{path}: '{text}' is not a yyyy-MM-dd date");
}
