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

    [Theory]
    [InlineData("", "")]
    [InlineData("plain text, nothing to fold", "plain text, nothing to fold")]
    [InlineData("“quoted”", "\"quoted\"")]
    [InlineData("ends with a dash—", "ends with a dash-")]
    [InlineData("‘’", "''")]
    [InlineData("tab\there and there, Ma`rib", "tab here and there, Ma'rib")]
    public void Variants_fold_wherever_they_stand_and_plain_runs_between_them_are_kept(string text, string expected)
    {
        TextNormalizer.Normalize(text).ShouldBe(expected);
    }
}
