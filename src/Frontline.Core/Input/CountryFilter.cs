using Frontline.Core.Knowledge;

namespace Frontline.Core.Input;

/// <summary>A country named by a user in a filter (--country, ?country=): an ISO alpha-2 or alpha-3 code or a name.</summary>
public static class CountryFilter
{
    /// <summary>The country, or null when none was given; an unknown one is an error naming the option.</summary>
    public static Country? Parse(string? value, string option)
    {
        if (value is null) return null;
        var gazetteer = KnowledgeBase.Default.Gazetteer;
        return gazetteer.CountryByCode(value) ?? gazetteer.FindCountry(value) ?? throw new InputException(option, null, $"unknown country '{value}'");
    }
}
