using System.Globalization;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Knowledge;

/// <summary>A settlement held by one side of a front from one day to another (data/actors/front-holders.tsv).</summary>
public sealed record FrontHolding(string Holder, DateOnly From, DateOnly To)
{
    public bool IsOn(DateOnly day) => From <= day && day <= To;
}

/// <summary>A front line between two known sides, in one country's territory for some dates (data/actors/fronts.tsv).</summary>
/// <param name="Regions">The GeoNames admin1 codes it runs through ("UA.05"); empty when it runs through the whole country.</param>
public sealed record FrontLine(string Key, string Country3, IReadOnlySet<string> Regions, DateOnly From, DateOnly? To, string Side1, string Side2)
{
    public bool IsOpenOn(DateOnly day) => FrontLines.OpenOn(From, To, day);

    /// <summary>Whether a place in that country lies on the front: a province it runs through, or an unknown one.</summary>
    public bool Covers(string? admin1Code) => Regions.Count == 0 || admin1Code is null || Regions.Contains(admin1Code);

    /// <summary>The settlements each side held, by their spellings.</summary>
    internal PhraseMatcher<FrontHolding> Holdings { get; } = new();

    /// <summary>The side that is not <paramref name="side"/>.</summary>
    public string Opponent(string side) => side == Side1 ? Side2 : Side1;

    /// <summary>The side holding, on that day, the settlement named in tokens [from, to) nearest after
    /// <paramref name="anchor"/> ("explosions near Mineralne"), or else nearest before it; with the name's span.</summary>
    public (string Holder, TextSpan Evidence)? HolderNamed(IReadOnlyList<Token> tokens, int from, int to, int anchor, DateOnly day)
    {
        (string, TextSpan)? after = null, before = null;
        foreach (var (start, length, values) in Holdings.Scan(tokens, from, to))
        {
            if (!tokens[start].IsCapitalized || values.FirstOrDefault(h => h.IsOn(day)) is not { } held) continue;
            var found = (held.Holder, new TextSpan(tokens[start].Start, tokens[start + length - 1].End));
            if (start >= anchor) { after ??= found; continue; }
            before = found;
        }
        return after ?? before;
    }
}

/// <summary>
/// The fronts of today's and recent wars that have exactly two sides. A report of fighting on one that names neither
/// side ("an exchange of fire in both directions of the frontline") is about those two sides; a war with many sides has
/// no entry, since its unnamed fighting could be anyone's.
/// </summary>
public sealed class FrontLines
{
    private readonly List<FrontLine> _fronts = [];

    public FrontLines(string path, string holdersPath)
    {
        foreach (var row in DataFiles.ReadTable(path))
        {
            var regions = row["regions"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            _fronts.Add(new FrontLine(row["key"], row["country"], regions, Day(path, row["from"]),
                row["to"].Length == 0 ? null : Day(path, row["to"]), row["side1"], row["side2"]));
        }
        foreach (var row in DataFiles.ReadTable(holdersPath))
        {
            var front = _fronts.Find(f => f.Key == row["front"]) ?? throw new InvalidDataException($"{holdersPath}: no front '{row["front"]}' in {path}");
            var holder = row["holder"];
            if (holder != front.Side1 && holder != front.Side2)
                throw new InvalidDataException($"{holdersPath}: '{holder}' is not a side of {front.Key}");
            var holding = new FrontHolding(holder, Day(holdersPath, row["from"]), Day(holdersPath, row["to"]));
            foreach (var name in row["places"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                front.Holdings.Add(name, holding);
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

    /// <summary>Whether a period from <paramref name="from"/> to <paramref name="to"/> (open when null) holds the day.</summary>
    internal static bool OpenOn(DateOnly from, DateOnly? to, DateOnly day) => from <= day && (to is null || day <= to);

    /// <summary>A yyyy-MM-dd date of a data file, or an error naming the file.</summary>
    internal static DateOnly Day(string path, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidDataException($"{path}: '{text}' is not a yyyy-MM-dd date");
}
