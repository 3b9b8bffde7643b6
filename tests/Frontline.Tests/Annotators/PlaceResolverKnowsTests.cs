using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;

namespace Frontline.Tests.Annotators;

/// <summary>The place scan asks of every capitalized run whether it is a name at all, from the text without a string.</summary>
public class PlaceResolverKnowsTests
{
    [Fact]
    public void A_run_of_text_is_known_exactly_when_its_string_is()
    {
        var resolver = new PlaceResolver(KnowledgeBase.Default.Gazetteer);
        const string text = "Shelling hit Deir ez-Zor and Qwzxy Brvlt overnight.";
        foreach (var name in new[] { "Deir ez-Zor", "Qwzxy Brvlt", "Shelling hit" })
        {
            var span = text.AsSpan(text.IndexOf(name, StringComparison.Ordinal), name.Length);
            // Asked twice: first when the spelling is new, then when it is remembered.
            resolver.Knows(span).ShouldBe(resolver.Knows(name));
            resolver.Knows(span).ShouldBe(resolver.Knows(name));
        }
        resolver.Knows("Deir ez-Zor".AsSpan()).ShouldBeTrue();
        resolver.Knows("Qwzxy Brvlt".AsSpan()).ShouldBeFalse();
    }
}
