using Frontline.Core.Knowledge;
using Frontline.Core.Text;
using Shouldly;
using Xunit;

namespace Frontline.Tests.Text;

public sealed class PhraseMatcherTests
{
    [Fact]
    public void Finds_the_longest_phrase_at_each_point_left_to_right()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("air strike", "strike");
        matcher.Add("air strikes on", "strikes-on");
        matcher.Add("shelling", "shelling");
        var tokens = Tokenizer.Tokenize("Air strikes on Idlib followed heavy shelling and an air strike.");

        var found = new List<(int, int, string)>();
        foreach (var (start, length, values) in matcher.Scan(tokens, 0, tokens.Count)) found.Add((start, length, values[0]));

        found.ShouldBe([(0, 3, "strikes-on"), (6, 1, "shelling"), (9, 2, "strike")]);
        matcher.AnyIn(tokens, 0, tokens.Count).ShouldBeTrue();
        matcher.AnyIn(tokens, 3, 6).ShouldBeFalse(); // "Idlib followed heavy": no entry
        matcher.AnyIn(tokens, 9, 10).ShouldBeFalse(); // "air" alone: the entry would end past the range
    }

    [Fact]
    public void A_token_read_before_a_dictionary_learned_its_word_still_matches_it()
    {
        // Words are numbered as dictionaries learn them: a token that first found no number asks again later.
        var word = "zqx" + Guid.NewGuid().ToString("N")[..8];
        var tokens = Tokenizer.Tokenize($"The {word} brigade attacked.");
        tokens[1].Word.ShouldBe(Vocabulary.Unknown);

        var matcher = new PhraseMatcher<bool>();
        matcher.Add($"{word} brigade", true);

        matcher.LongestAt(tokens, 1, tokens.Count).Length.ShouldBe(2);
        matcher.LongestAt(tokens, 0, tokens.Count).Length.ShouldBe(0);
    }

    [Fact]
    public void An_entry_opening_with_a_wildcard_matches_at_any_word_and_entries_added_later_are_found()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("seized", "seized");
        var tokens = Tokenizer.Tokenize("Rebels seized 800 munitions near the depot.");
        matcher.LongestAt(tokens, 2, tokens.Count).Length.ShouldBe(0); // "800" starts no entry

        matcher.Add("* munitions", "any-munitions");
        var (length, values) = matcher.LongestAt(tokens, 2, tokens.Count);
        length.ShouldBe(2);
        values.ShouldBe(["any-munitions"]);
        matcher.LongestAt(tokens, 1, tokens.Count).Length.ShouldBe(1); // the exact word still wins where it stands
        matcher.LongestAt(tokens, 4, tokens.Count).Length.ShouldBe(0); // "near the" is no entry

        matcher.Add("the depot", "depot");
        matcher.LongestAt(tokens, 5, tokens.Count).Length.ShouldBe(2);
    }

    [Fact]
    public void Tokens_are_equal_by_text_and_place_whether_or_not_their_word_was_looked_up()
    {
        var a = Tokenizer.Tokenize("Rebels shelled the town.");
        var b = Tokenizer.Tokenize("Rebels shelled the town.");
        _ = a[1].Word;

        a[1].ShouldBe(b[1]);
        a[1].GetHashCode().ShouldBe(b[1].GetHashCode());
    }
}
