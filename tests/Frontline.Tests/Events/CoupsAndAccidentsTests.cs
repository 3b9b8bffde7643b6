using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Power seized at the seat of government, an explosion later told as an accident, a time inside an "after"
/// clause, a headline told again, names a judge or a response gives an act, a participle that says who an actor is, and a
/// relative clause dated years back. Texts written for these tests.</summary>
public class CoupsAndAccidentsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Military_officers_who_seized_power_did_so_at_the_capital_and_gunfire_heard_then_is_part_of_it()
    {
        const string text = "NIAMEY, July 27 (Reuters) - Military officers in Niger said on Wednesday they had seized power.\n\n"
                            + "Gunfire was heard in the capital Niamey after the announcement, witnesses said.";
        var coup = Events(text, "2023-07-27").Single();
        coup.Codes.AcledSubEventType.ShouldBe("Other");
        coup.Actor1!.Kind.ShouldBe(ActorKind.StateMilitary);
        coup.Location!.Name.ShouldBe("Niamey");
    }

    [Fact]
    public void Explosions_the_report_later_says_were_caused_by_negligence_are_no_attack()
    {
        const string text = "MALABO, March 8 (Reuters) - A series of explosions at an army depot in the city of Bata killed 20 people on "
                            + "Sunday.\n\n"
                            + "The president said the explosions were caused by negligence in the handling of dynamite.";
        Events(text, "2021-03-08").ShouldBeEmpty();
    }

    [Fact]
    public void A_day_inside_an_after_clause_dates_its_own_act()
    {
        const string text = "PORT OF SPAIN, Dec 31 (AP) - The government declared a state of emergency on Monday. The prime minister said "
                            + "the measure was needed after gunmen shot dead four people, including a 16-year-old, in Laventille on Sunday.";
        var killing = Events(text, "2024-12-31").Single(e => e.Fatalities == 4);
        killing.Date.ShouldBe(DateInterval.Day(Analysis.Day("2024-12-29")));
    }

    [Fact]
    public void A_headlines_act_told_again_in_the_body_is_one_act()
    {
        const string text = "Thai army seizes power in bloodless coup\n\n"
                            + "BANGKOK, May 22 (Reuters) - Thailand's army chief said on Thursday the military had seized power.";
        Events(text, "2014-05-22").Count(e => e.Codes.AcledSubEventType == "Other").ShouldBe(1);
    }

    [Theory]
    [InlineData("Prime Minister Edi Rama called the violence \"an attack on the state\" and said police had shown restraint.")]
    [InlineData("The government said it reserved the right to respond to the \"terrorist attacks\".")]
    public void An_act_told_before_named_by_a_judge_or_as_what_a_response_answers_is_no_new_act(string said)
    {
        // (Two paragraphs stand between, so that the lead's detail is over.)
        var text = "TIRANA, Feb 16 (Reuters) - Opposition supporters hurled petrol bombs at the prime minister's office in Tirana on Saturday.\n\n"
                   + "Police used water cannon and tear gas to push back the crowd of several thousand.\n\n"
                   + "Opposition leader Lulzim Basha told supporters from a stage that they would return next week.\n\n" + said;
        Events(text, "2019-02-16").ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians" || e.Codes.AcledEventType == "Battles");
    }

    [Fact]
    public void A_participle_after_an_actor_says_who_it_is_and_the_act_is_the_clauses_other()
    {
        const string text = "DUBAI, Jan 17 (Reuters) - The Saudi-led coalition fighting the Houthis responded with air strikes on Sanaa "
                            + "on Monday, killing at least 20 people.";
        var strike = Events(text, "2022-01-17").Single();
        strike.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
        strike.Actor1!.Name.ShouldBe("Saudi-led coalition");
    }

    [Fact]
    public void A_participle_before_what_is_said_of_an_act_told_before_is_no_act()
    {
        const string text = "RIYADH, March 25 (Reuters) - Houthi missiles struck an oil depot in Jeddah on Friday.\n\n"
                            + "A Saudi-led coalition fighting the Houthis said the attack had set fire to two storage tanks.";
        Events(text, "2022-03-25").ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    [Fact]
    public void A_relative_clause_dated_years_back_and_the_help_it_sought_tell_who_someone_is()
    {
        const string text = "BAMAKO, July 29 (Reuters) - Rebels said they had killed dozens of soldiers near Tinzaouaten on Thursday.\n\n"
                            + "Mali's junta, which seized power in coups in 2020 and 2021, ended its partnership with France and turned to "
                            + "Russia for help in fighting the insurgents.";
        Events(text, "2024-07-29").ShouldHaveSingleItem();
    }
}
