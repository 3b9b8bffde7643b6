using Frontline.Core.Text;

namespace Frontline.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Curly_quotes_and_dashes_fold_to_ascii_one_for_one()
    {
        const string text = "the government’s “efforts” – now";
        var normalized = TextNormalizer.Normalize(text);
        normalized.ShouldBe("the government's \"efforts\" - now");
        normalized.Length.ShouldBe(text.Length);
    }

    [Fact]
    public void Nul_characters_become_spaces_without_moving_offsets()
    {
        TextNormalizer.Normalize("a\0b").ShouldBe("a b");
    }
}
