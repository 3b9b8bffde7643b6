namespace Frontline.Core.Model;

/// <summary>One news report as read from input: its text exactly as given and the date it was published.
/// <see cref="Country"/> is the user's hint of where the report is from (ISO alpha-2), as a newspaper's home country: it
/// ranks places and names actors when the text names no country. A report fetched from the web also keeps its byline
/// and the publication time its feed or page gave (<see cref="PublishedAt"/>, where known).</summary>
public sealed record Article(string Id, DateOnly Published, string Text, string? Title = null, string? Url = null, string? Country = null)
{
    public string? Byline { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }
}
