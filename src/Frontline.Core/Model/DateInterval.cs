namespace Frontline.Core.Model;

public enum DatePrecision { Day, Week, Month, Year }

/// <summary>An inclusive range of days with how precisely the text fixed it.</summary>
public sealed record DateInterval(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateInterval Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;

    public DateInterval Intersect(DateInterval other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        if (start > end) return this;
        var precision = (DatePrecision)Math.Min((int)Precision, (int)other.Precision);
        return new DateInterval(start, end, precision);
    }
}
