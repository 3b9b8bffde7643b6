using System.Text.RegularExpressions;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// A town the gazetteer lacks, placed by what the text says of it: "Walikale, about 125 km west of Goma", "the village of
/// Kafr Nabudah, 40 km (25 miles) northwest of Hama", "Moqokori, which lies some 60 km north of Beledweyne". The point at
/// that distance and bearing from the town the gazetteer has stands for it, in that town's country and province, and every
/// mention of the name in the article takes it. A distance with no bearing ("30 km from Goma") places nothing.
/// </summary>
public sealed partial class EstimatedPlaces(Cues cues)
{
    /// <summary>What an estimated place's id opens with; its reasons say how it was placed.</summary>
    public const string IdPrefix = "estimated:";

    private const int NameWords = 4;
    private const int GapWords = 6;
    private const int ParenthesisWords = 5;
    private const double NearestKm = 1;
    private const double FarthestKm = 500;

    /// <summary>The places with the towns placed by their distance from one of them added, in text order.</summary>
    public List<PlaceMention> Add(Document doc, List<PlaceMention> places, bool[] blocked)
    {
        var tokens = doc.Tokens;
        var covered = new bool[tokens.Count];
        foreach (var p in places)
            for (var k = p.Range.First; k < p.Range.End; k++) covered[k] = true;
        var estimates = new List<(string[] Name, Place Place)>();
        foreach (var from in places)
            if (from.Place.Precision == PlacePrecision.Place && Estimate(doc, from, covered, blocked) is { } estimate
                && !estimates.Exists(e => e.Name.SequenceEqual(estimate.Name)))
                estimates.Add(estimate);
        if (estimates.Count == 0) return places;
        var all = new List<PlaceMention>(places);
        foreach (var (name, place) in estimates)
            for (var k = 0; k + name.Length <= tokens.Count; k++)
                if (NameAt(tokens, k, name) && !AnyOf(covered, k, k + name.Length) && !AnyOf(blocked, k, k + name.Length) && StandsAlone(doc, k, k + name.Length))
                {
                    var range = new TokenRange(k, k + name.Length);
                    all.Add(new PlaceMention(range, place, doc.TextOf(k, k + name.Length), null, [place]));
                    for (var j = k; j < k + name.Length; j++) covered[j] = true;
                }
        all.Sort((a, b) => a.Range.First.CompareTo(b.Range.First));
        return all;
    }

    /// <summary>The name placed by a distance and bearing that ends right before <paramref name="from"/> ("... 125 km west of
    /// Goma"), and the point it stands for.</summary>
    private (string[] Name, Place Place)? Estimate(Document doc, PlaceMention from, bool[] covered, bool[] blocked)
    {
        var t = doc.Tokens;
        var s = doc.SentenceOf(from.Range.First);
        var j = from.Range.First - 1;
        if (j - 3 < s.FirstToken || t[j].Lower != "of" || !cues.CompassBearings.TryGetValue(t[j - 1].Lower, out var bearing)) return null;
        j -= 2;
        // ("40 km (25 miles) northwest of Hama": the other unit in brackets.)
        if (t[j].Text == ")")
        {
            var open = j - 1;
            while (open > s.FirstToken && open > j - ParenthesisWords && t[open].Text != "(") open--;
            if (t[open].Text != "(") return null;
            j = open - 1;
        }
        if (Distance(t, ref j, s.FirstToken) is not { } km || km < NearestKm || km > FarthestKm) return null;
        var gapEnd = j + 1;
        var said = false;
        while (j >= s.FirstToken && gapEnd - j <= GapWords
               && (cues.DistanceGapWords.Contains(t[j]) || cues.SettlementNouns.Contains(t[j]) || cues.SettlementModifiers.Contains(t[j])))
        {
            said |= LyingWords.Contains(t[j]) || t[j].Text == ",";
            j--;
        }
        if (!said || j + 1 == gapEnd) return null;
        var nameEnd = j + 1;
        while (j >= s.FirstToken && nameEnd - j <= NameWords && t[j].IsCapitalized && !covered[j] && !blocked[j] && !TimeAnnotator.IsCalendarWord(t[j].Lower)) j--;
        var nameStart = j + 1;
        if (nameStart == nameEnd) return null;
        // "the centre of Walikale, ...", "in the town of Moqokori, ...": a name the sentence puts a place word before;
        // or one opening it that is said to lie there ("Walikale lies about 125 km west of Goma").
        if (nameStart == doc.FirstTokenPastDateline(s))
        {
            if (!Lies(t, nameEnd, gapEnd)) return null;
        }
        else if (j < s.FirstToken || !(cues.LocativeWords.Contains(t[j]) || cues.SettlementNouns.Contains(t[j]))) return null;
        var name = new string[nameEnd - nameStart];
        for (var k = nameStart; k < nameEnd; k++) name[k - nameStart] = t[k].Text;
        var (lat, lon) = Geo.PointAt(from.Place.Lat, from.Place.Lon, km, bearing);
        var surface = doc.TextOf(nameStart, nameEnd);
        var place = new Place(surface, IdPrefix + TransliterationKey.Plain(surface), lat, lon, from.Place.CountryIso2, from.Place.Admin1, PlacePrecision.Place,
            CountryName: from.Place.CountryName, Admin1Code: from.Place.Admin1Code);
        return (name, place);
    }

    /// <summary>The distance in kilometres that ends at token <paramref name="j"/> ("125 km", "40 kilometres", "125km"),
    /// moving <paramref name="j"/> before it.</summary>
    private double? Distance(IReadOnlyList<Token> t, ref int j, int first)
    {
        if (j - 1 >= first && cues.DistanceKm(t, j) is { } km)
        {
            j -= 2;
            return km;
        }
        if (JoinedDistance().Match(t[j].Lower) is { Success: true } joined && cues.DistanceUnits.TryGetValue(joined.Groups[2].Value, out var unit)
            && Cues.Count(joined.Groups[1].Value) is { } joinedCount)
        {
            j -= 1;
            return joinedCount * unit;
        }
        return null;
    }

    private static bool Lies(IReadOnlyList<Token> t, int from, int to) => LyingWords.AnyIn(t, from, to);

    /// <summary>Words that say where a town lies ("Walikale lies 125 km west of Goma", "is located").</summary>
    private static readonly WordSet LyingWords = new(["lies", "is", "sits", "located", "situated"]);

    private static bool NameAt(IReadOnlyList<Token> t, int k, string[] name)
    {
        for (var j = 0; j < name.Length; j++)
            if (!string.Equals(t[k + j].Text, name[j], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Whether the name is not part of a longer one ("Walikale" in "Walikale Territory Council").</summary>
    private static bool StandsAlone(Document doc, int first, int end)
    {
        var t = doc.Tokens;
        var s = doc.SentenceOf(first);
        if (end < s.EndToken && t[end].IsCapitalized) return false;
        return first == s.FirstToken || !t[first - 1].IsCapitalized || first == doc.FirstTokenPastDateline(s);
    }

    private static bool AnyOf(bool[] marks, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (marks[k]) return true;
        return false;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)([a-z]+)$")]
    private static partial Regex JoinedDistance();
}
