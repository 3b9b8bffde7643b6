using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>What a blast destroyed when the report finds it was an accident, the place of a clause of cause told after
/// an act, and arrests made during a protest. Texts written for these tests.</summary>
public class CausesAndAccidentsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void What_a_blast_destroyed_is_no_act_when_a_gas_leak_caused_it()
    {
        const string text = "VALPARAISO, Chile, March 7 (Reuters) - The blast on Monday afternoon destroyed a warehouse and several shops in "
                            + "Valparaiso, officials said.\n\n"
                            + "Prosecutors said there was no sign of a criminal act and that a gas leak had caused the explosion.";
        Events(text, "2023-03-07").ShouldNotContain(e => e.Codes.AcledEventType != null);
    }

    [Fact]
    public void A_place_in_a_clause_of_cause_after_the_act_is_not_where_the_act_or_the_next_one_happened()
    {
        const string text = "LUSAKA, May 6 (Reuters) - Police fired tear gas at hundreds of students in Lusaka on Friday.\n\n"
                            + "The students, who had marched for a second day after the body of a classmate was found near Kabwe, tried to "
                            + "reach the parliament building. At least 20 people were arrested.";
        Events(text, "2022-05-06").ShouldAllBe(e => e.Location != null && e.Location.Name == "Lusaka");
    }

    [Theory]
    [InlineData("Police detained 40 people during a protest in Baku on Sunday, the interior ministry said.", "Protest with intervention")]
    [InlineData("Police detained 40 people during riots in Baku on Sunday, the interior ministry said.", "Arrests")]
    public void Arrests_during_a_protest_make_it_a_protest_with_intervention_not_during_riots_told_as_their_time(string sentence, string subType)
    {
        var text = "BAKU, March 12 (Reuters) - " + sentence;
        Events(text, "2023-03-12").ShouldContain(e => e.Codes.AcledSubEventType == subType);
    }
}
