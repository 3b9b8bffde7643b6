namespace Frontline.Core.Events;

/// <summary>Folding one report of an event into another keeps every source and evidence span once, in the order told.</summary>
internal static class ListUnion
{
    /// <summary>Adds each item the list lacks, in order; an item given twice is added once.</summary>
    public static void AddMissing<T>(this List<T> into, IReadOnlyList<T> items)
    {
        foreach (var x in items)
            if (!into.Contains(x)) into.Add(x);
    }
}
