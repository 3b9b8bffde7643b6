using System.Globalization;
using Frontline.Core.Input;
using Frontline.Storage;
using Microsoft.AspNetCore.Http;

namespace Frontline.Web.Api;

/// <summary>A map bounding box in degrees: west, south, east, north.</summary>
public sealed record BoundingBox(double West, double South, double East, double North)
{
    public bool Contains(double lat, double lon) => lat >= South && lat <= North && lon >= West && lon <= East;
}

/// <summary>
/// The query string of the event endpoints, checked once: dates must be real YYYY-MM-DD dates, a country a known
/// code or name, a bounding box four numbers in range, paging within bounds, text filters short. Anything else is a
/// 400 naming the parameter; values reach SQL only as parameters.
/// </summary>
public sealed record EventFilter(
    DateOnly? Since, DateOnly? Until, string? CountryIso2, string? CountryIso3, string? Admin1, string? Type, string? Actor,
    BoundingBox? Box, int Page, int PageSize)
{
    public const int MaxPageSize = 1000;
    private const int MaxTextLength = 200;

    public EventQuery ToQuery() => new(Since, Until, CountryIso2, CountryIso3, Type, Actor, Limit: int.MaxValue);

    public static EventFilter Parse(IQueryCollection q)
    {
        var country = CountryFilter.Parse(Text(q, "country"), "country");
        return new EventFilter(Date(q, "since"), Date(q, "until"), country?.Iso2, country?.Iso3, Text(q, "admin1"), Text(q, "type"),
            Text(q, "actor"), ParseBox(q), Int(q, "page", 1, 1, int.MaxValue), Int(q, "page_size", 100, 1, MaxPageSize));
    }

    public static DateOnly? Date(IQueryCollection q, string name) =>
        Text(q, name) is { } value ? ArticleParser.ParseFilterDate(value, name) : null;

    public static string? Text(IQueryCollection q, string name)
    {
        var value = q[name].ToString();
        if (string.IsNullOrWhiteSpace(value)) return null;
        return value.Length > MaxTextLength ? throw new InputException(name, null, $"longer than {MaxTextLength} characters") : value.Trim();
    }

    private static int Int(IQueryCollection q, string name, int fallback, int min, int max)
    {
        if (Text(q, name) is not { } value) return fallback;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new InputException(name, null, $"must be a whole number from {min} to {max}");
    }

    private static BoundingBox? ParseBox(IQueryCollection q)
    {
        if (Text(q, "bbox") is not { } value) return null;
        var parts = value.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ToArray();
        if (numbers.Length != 4 || numbers.Any(double.IsNaN)
            || numbers[0] is < -180 or > 180 || numbers[2] is < -180 or > 180 || numbers[1] is < -90 or > 90 || numbers[3] is < -90 or > 90
            || numbers[1] > numbers[3] || numbers[0] > numbers[2])
            throw new InputException("bbox", null, "expected west,south,east,north in degrees (west <= east, south <= north)");
        return new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]);
    }
}
