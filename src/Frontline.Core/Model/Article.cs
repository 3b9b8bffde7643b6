namespace Frontline.Core.Model;

/// <summary>One news report as read from input: its text exactly as given and the date it was published.</summary>
public sealed record Article(string Id, DateOnly Published, string Text, string? Title = null, string? Url = null);
