using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Acts looked into or stopped by the state, a subject opening its own clause, times still to come, riots' tolls and
/// weapons, fire answered, where a riot began and the heads of longer names. Texts written for these tests.</summary>
public class PerpetratorsAndRiotTollsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Who_investigates_an_attack_did_not_make_it()
    {
        const string text = "STOCKHOLM, May 9 (Reuters) - Swedish police said on Friday they were investigating a knife attack in Uppsala, "
                            + "a day after a man stabbed two students outside the university.";
        Events(text, "2025-05-09").ShouldNotContain(e => Analysis.Violent(e) && e.Actor1 != null && e.Actor1.Kind == ActorKind.Police);
    }

    [Fact]
    public void A_subject_opening_a_clause_after_the_act_is_not_its_target()
    {
        const string text = "Three killed in Malmo shooting, police treat it as gang violence\n\n"
                            + "MALMO, Sweden, Oct 2 (Reuters) - Gunmen shot dead three men outside a cafe in Malmo on Wednesday evening.";
        Events(text, "2025-10-02").ShouldNotContain(e => e.Actor2 != null && e.Actor2.Kind == ActorKind.Police);
    }

    [Fact]
    public void Police_who_shoot_the_suspect_and_arrest_him_make_an_arrest()
    {
        const string text = "COPENHAGEN, July 4 (Reuters) - A man stabbed a woman to death in a shopping street in Aarhus on Friday. "
                            + "Police shot the suspect in the leg minutes after the attack and arrested him.";
        Events(text, "2025-07-04").ShouldNotContain(e => Analysis.Violent(e) && e.Actor1 != null && e.Actor1.Kind == ActorKind.Police);
    }

    [Fact]
    public void A_government_taking_the_attack_seriously_is_no_side_of_it()
    {
        const string text = "VIENNA, Feb 16 (Reuters) - A man stabbed four people in Villach on Saturday, killing a teenager, police said.\n\n"
                            + "Chancellor Christian Stocker said the government was taking the attack very seriously.";
        Events(text, "2025-02-16").ShouldNotContain(e => Analysis.Violent(e) && e.Actor1 != null && e.Actor1.Kind == ActorKind.Government);
    }

    [Fact]
    public void Targets_after_a_possessive_name_the_victims_not_an_act()
    {
        const string text = "BRUSSELS, March 5 (Reuters) - Belgian police said on Wednesday they were treating a shooting in Liege as murder, a day "
                            + "after a gunman shot dead two people in the city centre.\n\n\"The attacker appeared to choose young men as his targets,\" "
                            + "a prosecutor told reporters.";
        Events(text, "2025-03-05").Count(Analysis.Violent).ShouldBe(1);
    }

    [Fact]
    public void The_burned_out_shell_of_a_building_is_no_shelling()
    {
        const string text = "APIA, Jan 9 (AP) - Rioters set fire to shops in the centre of Apia on Wednesday. The bodies of three men were found in "
                            + "the burned-out shell of a supermarket on Thursday.";
        Events(text, "2025-01-09").ShouldNotContain(e => e.Codes.AcledSubEventType == "Shelling/artillery/missile attack");
    }

    [Fact]
    public void A_day_after_will_is_still_to_come()
    {
        const string text = "WELLINGTON, March 14 (Reuters) - Police arrested a man in Hamilton, who was charged with arson and will appear in court "
                            + "on Monday.";
        var arrest = Events(text, "2025-03-14").Single(e => e.Codes.AcledSubEventType == "Arrests");
        arrest.Date.Start.ShouldBeLessThanOrEqualTo(new DateOnly(2025, 3, 14));
        arrest.Date.Start.ShouldNotBe(new DateOnly(2025, 3, 10));
    }

    [Fact]
    public void The_toll_of_a_riot_told_after_it_is_the_riots()
    {
        const string text = "APIA, Jan 9 (AP) - Troops from Fiji began arriving in Samoa on Thursday after rioters set fire to much of the business "
                            + "district of the capital, Apia, in violence that left at least five people dead.";
        var events = Events(text, "2025-01-09");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians");
        events.ShouldContain(e => e.Codes.AcledEventType == "Riots" && e.Fatalities == 5);
    }

    [Fact]
    public void Bodies_found_after_a_riot_are_its_dead()
    {
        const string text = "APIA, Jan 9 (AP) - Rioters set fire to much of the business district of Apia on Wednesday, police said.\n\n"
                            + "The bodies of three men were found in a gutted store on Thursday night.";
        var events = Events(text, "2025-01-09");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians");
        events.ShouldContain(e => e.Codes.AcledEventType == "Riots" && e.Fatalities == 3);
    }

    [Fact]
    public void What_burns_as_rioting_spreads_in_a_town_is_the_riot()
    {
        const string text = "Bus set on fire as rioting spreads in Belfast\n\n"
                            + "BELFAST, April 8 (Reuters) - Youths threw petrol bombs at police in Belfast on Wednesday night, police said.";
        Events(text, "2021-04-08").ShouldNotContain(e => e.Codes.AcledSubEventType == "Looting/property destruction");
    }

    [Fact]
    public void A_petrol_bomb_thrown_by_no_one_named_on_a_riot_night_is_the_riots()
    {
        const string text = "MARSEILLE, July 1 (Reuters) - Rioters set cars on fire in the northern districts of Marseille overnight, police said on "
                            + "Saturday.\n\nA firefighter was hurt when a petrol bomb was thrown at his truck in the 15th district.";
        Events(text, "2023-07-01").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Unidentified);
    }

    [Fact]
    public void Resisting_arrest_is_no_arrest()
    {
        const string text = "PORTO, Nov 2 (Reuters) - Officers said the man had resisted arrest in Porto on Sunday.";
        Events(text, "2025-11-02").ShouldNotContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void Troops_returning_fire_are_the_other_side_of_the_fight()
    {
        const string text = "ADDIS ABABA, May 6 (Reuters) - Eritrean troops opened fire on a border post near Zalambessa on Tuesday and Ethiopian "
                            + "soldiers returned fire, officials said.";
        var fight = Events(text, "2025-05-06").Single(e => e.Codes.AcledEventType == "Battles");
        fight.Actor1!.Name.ShouldBe("Military Forces of Eritrea");
        fight.Actor2!.Name.ShouldBe("Military Forces of Ethiopia");
    }

    [Fact]
    public void Where_rioting_began_is_not_where_its_later_toll_fell()
    {
        const string text = "BELFAST, Aug 9 (Reuters) - Youths threw petrol bombs at police in Lurgan on Thursday night. Six officers were "
                            + "injured, bringing to 30 the number hurt since rioting began in Portadown last week.";
        Events(text, "2025-08-09").ShouldNotContain(e => Analysis.Violent(e) && e.Location != null && e.Location.Name == "Portadown");
    }

    [Fact]
    public void A_name_cut_before_a_romance_link_is_no_sound_alike_town()
    {
        const string text = "LISBON, Oct 24 (Reuters) - Rioters set a bus on fire in Santo Antonio dos Cavaleiros in Loures overnight, police said.";
        var riot = Events(text, "2024-10-24").Single(e => e.Codes.AcledEventType == "Riots");
        riot.Location!.Name.ShouldBe("Loures");
    }
}
