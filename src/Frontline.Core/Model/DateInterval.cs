namespace Frontline.Core.Model;

public enum DatePrecision { Day, Week, Month, Year }

/// <summary>An inclusive range of days with how precisely the text fixed it.</summary>
public sealed record DateInterval(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateInterval Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;

    /// <summary>Whether the two ranges overlap or one ends the day before the other starts.</summary>
    public bool Adjoins(DateInterval other) => Start.AddDays(-1) <= other.End && other.Start.AddDays(-1) <= End;

    /// <summary>Days from the first to the last (0 for one day). A method, not a property: intervals are serialized.</summary>
    public int DaysSpanned() => End.DayNumber - Start.DayNumber;
}
