using Frontline.Core.Text;

namespace Frontline.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(TextNormalizer.Normalize(text)).Select(t => t.Text).ToArray();

    [Fact]
    public void Possessive_s_is_split_from_the_name()
    {
        Words("Iran's backing").ShouldBe(["Iran", "'s", "backing"]);
    }

    [Fact]
    public void Inner_apostrophe_keeps_a_transliterated_name_whole()
    {
        Words("Tall Rif'at").ShouldBe(["Tall", "Rif'at"]);
    }

    [Fact]
    public void Hyphen_is_its_own_token_so_patron_prefixes_can_be_read()
    {
        Words("Iranian-backed militias").ShouldBe(["Iranian", "-", "backed", "militias"]);
    }

    [Fact]
    public void Dotted_abbreviation_stays_one_token()
    {
        Words("supported by the U.S. and others").ShouldContain("U.S.");
    }

    [Fact]
    public void Numbers_keep_thousands_separators_and_ordinals()
    {
        Words("1,200 people on the 27th").ShouldBe(["1,200", "people", "on", "the", "27th"]);
    }

    [Fact]
    public void Token_offsets_slice_the_original_text()
    {
        const string text = "Syrian Kurds’ homes — burned";
        foreach (var t in Tokenizer.Tokenize(TextNormalizer.Normalize(text)))
            TextNormalizer.Normalize(text[t.Start..t.End]).ShouldBe(t.Text);
    }

    [Fact]
    public void Dictionary_words_are_known_as_they_are_tokenized_in_any_case()
    {
        var word = Vocabulary.Intern("tokenizertestword");
        var tokens = Tokenizer.Tokenize("TokenizerTestWord tokenizertestword Unheardofword " + new string('x', 80) + "Y");
        tokens.Select(t => (t.Text, t.Lower)).ShouldBe([
            ("TokenizerTestWord", "tokenizertestword"), ("tokenizertestword", "tokenizertestword"), ("Unheardofword", "unheardofword"),
            (new string('x', 80) + "Y", new string('x', 80) + "y")]);
        tokens[0].Word.ShouldBe(word);
        tokens[1].Word.ShouldBe(word);
        tokens[2].Word.ShouldBe(Vocabulary.Unknown);
        tokens[3].Word.ShouldBe(Vocabulary.Unknown);
    }

    [Fact]
    public void A_word_added_to_the_dictionaries_after_tokenizing_is_found_then()
    {
        var token = Tokenizer.Tokenize("Laterdictionaryword")[0];
        token.Word.ShouldBe(Vocabulary.Unknown);
        var word = Vocabulary.Intern("laterdictionaryword");
        token.Word.ShouldBe(word);
    }
}
