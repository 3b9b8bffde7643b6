using Frontline.Core.Input;

namespace Frontline.Tests.Input;

public class ArticleParserTests
{
    private static List<Frontline.Core.Model.Article> Parse(string jsonl, string? published = null) =>
        ArticleParser.FromJsonLines(new StringReader(jsonl), "in.jsonl", published is null ? null : Analysis.Day(published)).ToList();

    [Fact]
    public void Reads_articles_and_keeps_extra_fields_out_of_the_way()
    {
        var articles = Parse("{\"id\":\"a\",\"published\":\"2024-01-02\",\"text\":\"Troops clashed.\",\"title\":\"T\",\"extra\":[1,2]}\n\n{\"id\":\"b\",\"published\":\"2024-01-03\",\"text\":\"Rebels fled.\"}");
        articles.Select(a => a.Id).ShouldBe(["a", "b"]);
        articles[0].Title.ShouldBe("T");
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var e = Should.Throw<InputException>(() => Parse("{\"id\":\"a\",\"published\":\"2024-01-02\",\"text\":\"ok\"}\n{\"id\": \"b\", \"text\": "));
        e.Line.ShouldBe(2);
        e.Message.ShouldStartWith("in.jsonl:2: malformed JSON");
    }

    [Theory]
    [InlineData("{\"published\":\"2024-02-30\",\"text\":\"x\"}", "invalid publication date")]
    [InlineData("{\"published\":\"1850-01-01\",\"text\":\"x\"}", "out of range")]
    [InlineData("{\"published\":\"3024-01-01\",\"text\":\"x\"}", "out of range")]
    [InlineData("{\"text\":\"x\"}", "missing publication date")]
    [InlineData("{\"published\":\"2024-01-01\"}", "missing \"text\"")]
    [InlineData("{\"published\":\"2024-01-01\",\"text\":\"   \"}", "empty text")]
    [InlineData("{\"published\":\"2024-01-01\",\"text\":42}", "must be a string")]
    [InlineData("[1,2,3]", "expected a JSON object")]
    [InlineData("{\"published\":\"2024-01-01\",\"text\":\"a\\u0000b\"}", "binary")]
    public void Bad_lines_are_rejected_with_a_reason(string line, string reason)
    {
        Should.Throw<InputException>(() => Parse(line)).Message.ShouldContain(reason);
    }

    [Fact]
    public void A_default_date_fills_lines_without_one()
    {
        Parse("{\"text\":\"Troops clashed.\"}", "2024-05-05").Single().Published.ShouldBe(Analysis.Day("2024-05-05"));
    }

    [Fact]
    public void Empty_input_is_an_error()
    {
        Should.Throw<InputException>(() => Parse("")).Message.ShouldContain("empty input");
    }

    [Fact]
    public void Deeply_nested_json_is_rejected_not_crashed_on()
    {
        var nested = "{\"text\":\"x\",\"published\":\"2024-01-01\",\"a\":" + new string('[', 5000) + new string(']', 5000) + "}";
        Should.Throw<InputException>(() => Parse(nested)).Message.ShouldContain("malformed JSON");
    }
}
