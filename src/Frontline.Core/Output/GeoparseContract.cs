using Frontline.Core.Pipeline;

namespace Frontline.Core.Output;

/// <summary>`frontline geoparse` output: one document per article, every toponym with its span and place.</summary>
public sealed record GeoparseDto(string Id, IReadOnlyList<ToponymDto> Places)
{
    public static GeoparseDto Of(string articleId, IReadOnlyList<Toponym> toponyms) =>
        new(articleId, toponyms.Select(t => new ToponymDto(t.Start, t.End, t.Text, GeoLocationDto.Of(t.Place), t.Confidence, t.Why)).ToList());
}

public sealed record ToponymDto(int Start, int End, string Text, GeoLocationDto Location, double Confidence, IReadOnlyList<string> Why);

/// <summary>The analysis contract's location, with the GeoNames feature code and population a geoparser user checks.</summary>
public sealed record GeoLocationDto(string Name, string? Id, double Lat, double Lon, string? Admin1, string? Admin2, string? Country, string? CountryName,
    string Precision, string? Feature, long Population)
{
    public static GeoLocationDto Of(Model.Place p)
    {
        var l = AnalysisMapper.ToDto(p)!;
        // A continent or a sea is no country, though it stands at that level.
        var precision = p.Id.StartsWith("region:", StringComparison.Ordinal) ? "region" : l.Precision;
        return new(l.Name, l.Id, l.Lat, l.Lon, l.Admin1, l.Admin2, l.Country.Length > 0 ? l.Country : null, l.CountryName, precision, p.Feature, p.Population);
    }
}
