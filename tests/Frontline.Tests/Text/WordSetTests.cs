using Frontline.Core.Text;

namespace Frontline.Tests.Text;

public class WordSetTests
{
    private static readonly WordSet Locatives = new(["in", "near", "outside"]);

    [Fact]
    public void A_token_is_in_the_set_by_its_lower_case_form()
    {
        var tokens = Tokenizer.Tokenize("Near the town, in Idlib and OUTSIDE it");
        tokens.Where(Locatives.Contains).Select(t => t.Text).ShouldBe(["Near", "in", "OUTSIDE"]);
    }

    [Fact]
    public void A_word_no_dictionary_holds_is_in_no_set()
    {
        var token = Tokenizer.Tokenize("Zzqxwordnobodyholds")[0];
        token.Word.ShouldBe(Vocabulary.Unknown);
        Locatives.Contains(token).ShouldBeFalse();
        new WordSet([]).Contains(Tokenizer.Tokenize("in")[0]).ShouldBeFalse();
    }

    [Fact]
    public void Strings_are_asked_as_in_any_set()
    {
        Locatives.Contains("near").ShouldBeTrue();
        Locatives.Contains("Near").ShouldBeFalse();
        Locatives.Count.ShouldBe(3);
        Locatives.SetEquals(["outside", "near", "in"]).ShouldBeTrue();
    }

    [Fact]
    public void A_token_made_before_the_set_is_found_once_the_set_numbers_its_word()
    {
        var token = Tokenizer.Tokenize("Wordsettestlateword")[0];
        token.Word.ShouldBe(Vocabulary.Unknown);
        var late = new WordSet(["wordsettestlateword"]);
        late.Contains(token).ShouldBeTrue();
    }
}
