namespace Frontline.Core.Model;

public enum DatePrecision { Day, Week, Month, Year }

/// <summary>An inclusive range of days with how precisely the text fixed it.</summary>
public sealed record DateInterval(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateInterval Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;
}
