using System.Text.Json;

namespace Frontline.Tests.Events;

/// <summary>Most of a user's feed is not war: 95 general news stories written for the tests (sport, markets, films and
/// games, disasters, accidents, illness, courts, diplomacy, celebrations; tests/Fixtures/general-news.jsonl), full of
/// violent words used otherwise ("stormed to victory", "crude hit $82", "fought late into the night over a deal").
/// None may yield a battle, an attack, an explosion, a riot or a protest; and conflict stories that use the same words
/// (an attack on football fans, an airstrike on a wedding) keep their event.</summary>
public class GeneralNewsTests
{
    private static readonly string[] ViolentTypes = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests"];

    public static TheoryData<string> GeneralStories() => Ids("general-news.jsonl");

    public static TheoryData<string> ConflictStories() => Ids("conflict-news-distractors.jsonl");

    [Theory]
    [MemberData(nameof(GeneralStories))]
    public void General_news_yields_no_violent_event(string id)
    {
        var story = Story("general-news.jsonl", id);
        var events = Analysis.Run(story.GetProperty("text").GetString()!, story.GetProperty("published").GetString()!).Events;
        events.Where(e => ViolentTypes.Contains(e.Codes.AcledEventType)).Select(e => e.Summary).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ConflictStories))]
    public void Conflict_news_told_with_the_same_words_keeps_its_event(string id)
    {
        var story = Story("conflict-news-distractors.jsonl", id);
        var events = Analysis.Run(story.GetProperty("text").GetString()!, story.GetProperty("published").GetString()!).Events;
        events.Select(e => e.Codes.AcledSubEventType).ShouldContain(story.GetProperty("sub_event_type").GetString());
    }

    [Theory]
    [InlineData("A fire destroyed hundreds of stalls at the main market in Kano on Saturday night.")]
    [InlineData("Wildfires fanned by hurricane-force winds destroyed more than 10,000 homes in Los Angeles on Wednesday.")]
    [InlineData("Thieves stole eight pieces of jewellery from the Louvre in Paris on Sunday morning, the culture minister said.")]
    [InlineData("Hackers stole about $1.5 billion in digital tokens from a cryptocurrency exchange in Dubai on Friday.")]
    [InlineData("The historian's new book recounts how Napoleon's army was destroyed in the retreat from Moscow in 1812.")]
    [InlineData("Police questioned the former mayor of Leeds on Monday about the missing funds. No arrests were made.")]
    [InlineData("Oil prices jumped 3 percent on Monday after OPEC+ members agreed to extend output cuts until June.")]
    [InlineData("The health ministry and the doctors' union signed an agreement on Wednesday on pay and working hours.")]
    public void Property_lost_to_disaster_or_crime_deals_outside_a_conflict_and_what_did_not_happen_are_no_events(string text)
    {
        Analysis.Run(text, "2025-01-10").Events.Select(e => e.Summary).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Militiamen looted shops and destroyed cars in Kano on Saturday night.", "Looting/property destruction")]
    [InlineData("Police arrested three opposition activists in Kampala on Monday.", "Arrests")]
    [InlineData("The army and the rebels signed an agreement in Juba on Monday.", "Agreement")]
    [InlineData("Russia and Ukraine agreed on a prisoner exchange on Monday.", "Agreement")]
    public void Looting_arrests_and_agreements_between_the_sides_of_a_conflict_stay_events(string text, string subType)
    {
        Analysis.Run(text, "2025-01-10").Events.Select(e => e.Codes.AcledSubEventType).ShouldContain(subType);
    }

    private static TheoryData<string> Ids(string file)
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Analysis.FixturePath(file)))
            data.Add(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!);
        return data;
    }

    private static JsonElement Story(string file, string id) =>
        File.ReadLines(Analysis.FixturePath(file)).Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("id").GetString() == id);
}
