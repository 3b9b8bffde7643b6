namespace Frontline.Tests.Events;

/// <summary>A night between two days, a part of a day told later, a state's force named by its own name or said again,
/// a kind's word before a name, sides told after where and when, fire that "neutralised" fighters, a participle after a
/// clause of time, roads an armed group blocks, a patrol that acts, "also" after a capture, the toll of "the clashes"
/// after a strike, talks ruled out, where people fled and forces crossed to. Texts written for these tests.</summary>
public class NightsForcesAndSidesTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void An_attack_on_the_night_of_Saturday_to_Sunday_is_one_attack_over_both_days()
    {
        const string text = "NIAMEY, March 22 (Reuters) - Gunmen killed 30 villagers in an attack on Tillia on the night of Saturday to Sunday, "
                            + "the government said on Tuesday.\n\n"
                            + "The attackers went from house to house, residents said.";
        var attack = Events(text, "2022-03-22").ShouldHaveSingleItem();
        attack.Date.Start.ShouldBe(new DateOnly(2022, 3, 19));
        attack.Date.End.ShouldBe(new DateOnly(2022, 3, 20));
    }

    [Fact]
    public void A_strike_in_the_afternoon_is_on_the_day_the_report_named_last()
    {
        const string text = "EL OBEID, Sudan, June 10 (Reuters) - Fighting broke out in El Obeid on Saturday between the army and the Rapid Support "
                            + "Forces, residents said.\n\n"
                            + "The RSF said it had repelled an attack on its positions east of the city.\n\n"
                            + "Army jets bombed RSF positions in Nyala in the afternoon, witnesses said.";
        var strike = Events(text, "2024-06-10").Single(e => e.Codes.AcledSubEventType == "Air/drone strike");
        strike.Date.Start.ShouldBe(new DateOnly(2024, 6, 8));
        strike.Date.End.ShouldBe(new DateOnly(2024, 6, 8));
    }

    [Fact]
    public void The_army_said_again_is_the_army_it_was_whatever_foreign_soldiers_were_named_since()
    {
        const string text = "KHARTOUM, April 16 (Reuters) - Fighting raged between the army and the Rapid Support Forces in Khartoum on Sunday, "
                            + "witnesses said.\n\n"
                            + "Video showed Egyptian soldiers who had been at a base in Merowe for exercises sitting on the ground.\n\n"
                            + "The army said it had killed 40 RSF fighters on Sunday.";
        var events = Events(text, "2023-04-16");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.Contains("Egypt"));
        events.ShouldContain(e => e.Actor1 != null && e.Actor1.Name == "Military Forces of Sudan" && e.Fatalities == 40);
    }

    [Fact]
    public void Talks_a_side_ruled_out_are_no_negotiation()
    {
        const string text = "KHARTOUM, April 16 (Reuters) - The army said the RSF was a rebel force and ruled out negotiations until it was dissolved.";
        Events(text, "2023-04-16").ShouldBeEmpty();
    }

    [Fact]
    public void Police_at_the_border_post_with_a_neighbour_are_the_police_of_the_town()
    {
        const string text = "GOMA, June 16 (Reuters) - Several hundred people marched in Goma on Wednesday to denounce the rebels.\n\n"
                            + "Police arrested 20 people near the border post with Rwanda on Wednesday, witnesses said.";
        var events = Events(text, "2022-06-16");
        events.ShouldNotContain(e => (e.Actor1 != null && e.Actor1.Name.Contains("Rwanda")) || (e.Actor2 != null && e.Actor2.Name.Contains("Rwanda"))
                                     || (e.Location != null && e.Location.CountryIso2 == "RW"));
    }

    [Fact]
    public void Soldiers_who_crossed_into_a_country_are_not_its_soldiers()
    {
        const string text = "GOMA, June 16 (Reuters) - Rebels seized the town of Kiwanja on Monday, forcing Congolese soldiers to flee across the "
                            + "border. Officials said 137 soldiers and 37 police officers had crossed into Uganda, where they were disarmed.";
        Events(text, "2022-06-16").ShouldNotContain(e => e.Actor1 != null && (e.Actor1.Name == "Military Forces of Uganda" || e.Actor1.Name == "Police Forces of Uganda"));
    }

    [Fact]
    public void Soldiers_retreating_to_a_bridge_named_for_two_countries_are_the_side_told_before()
    {
        const string text = "Junta troops withdrew from their base near Myawaddy in Myanmar on Wednesday. About 200 soldiers retreated from the base "
                            + "to the Thai-Myanmar Friendship Bridge late on Wednesday.";
        Events(text, "2024-04-11").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.Contains("Thailand"));
    }

    [Fact]
    public void A_state_force_named_by_its_own_name_is_the_state_force_the_army_names()
    {
        const string text = "YANGON, May 6 (Reuters) - Tatmadaw troops shelled villages near Hpakant on Monday, residents said.";
        Events(text, "2024-05-06").ShouldContain(e => e.Actor1 != null && e.Actor1.Name == "Military Forces of Myanmar");
    }

    [Fact]
    public void A_kind_word_before_a_name_is_the_named_side_not_another()
    {
        const string text = "GOMA, Feb 3 (Reuters) - Heavy fighting broke out near Sake on Monday between the army and the rebel M23, officials said.";
        var fight = Events(text, "2025-02-03").ShouldHaveSingleItem();
        new[] { fight.Actor1?.Name, fight.Actor2?.Name }.ShouldContain("M23");
        new[] { fight.Actor1?.Name, fight.Actor2?.Name }.ShouldNotContain("Rebels");
    }

    [Fact]
    public void Sides_told_after_where_and_when_are_the_sides_of_the_fighting()
    {
        const string text = "KHARTOUM, April 15 (Reuters) - Heavy fighting broke out in Sudan's capital on Saturday between the army and the "
                            + "paramilitary Rapid Support Forces, witnesses said.";
        var fight = Events(text, "2023-04-15").ShouldHaveSingleItem();
        new[] { fight.Actor1?.Name, fight.Actor2?.Name }.ShouldBe(["Military Forces of Sudan", "Rapid Support Forces"], ignoreOrder: true);
    }

    [Fact]
    public void The_last_border_point_between_two_countries_names_no_sides()
    {
        const string text = "BEIRUT, May 26 (Reuters) - Islamic State militants seized control of the last border point between Syria and Iraq on "
                            + "Thursday, a monitoring group said.";
        Events(text, "2015-05-26").ShouldNotContain(e => e.Actor1 != null && (e.Actor1.Name == "Syria" || e.Actor1.Name == "Iraq"));
    }

    [Fact]
    public void A_militant_group_named_so_keeps_its_attack_on_civilians()
    {
        const string text = "The militant group Hamas attacked Israel on Saturday, killing 1,200 people.";
        Events(text, "2023-10-09").ShouldContain(e => e.Codes.AcledSubEventType == "Attack" && e.Actor1 != null && e.Actor1.Name == "Hamas");
    }

    [Fact]
    public void Fighters_an_air_force_neutralised_were_killed_by_it()
    {
        const string text = "OUAGADOUGOU, June 14 (Reuters) - The army said its aircraft had \"neutralised\" several dozen fighters near Djibo on Monday.";
        Events(text, "2022-06-14").ShouldContain(e => e.Codes.AcledEventType != "Strategic developments" && e.Actor1 != null
                                                      && e.Actor1.Name == "Military Forces of Burkina Faso");
    }

    [Fact]
    public void A_participle_after_a_clause_of_time_goes_on_with_that_clause_s_subject()
    {
        const string text = "CULIACAN, Oct 18 (Reuters) - Soldiers released the suspect on Thursday after cartel gunmen laid siege to the city, "
                            + "battling troops in the streets for hours, officials said.";
        var fight = Events(text, "2019-10-18").Single(e => e.Codes.AcledEventType == "Battles");
        fight.Actor1.ShouldNotBeNull().Name.ShouldBe("Unidentified Armed Group (Mexico)");
    }

    [Fact]
    public void Roads_gunmen_block_in_their_attack_are_no_protest()
    {
        const string text = "CULIACAN, Oct 18 (Reuters) - Gunmen from the Sinaloa Cartel attacked security forces across Culiacan on Thursday, "
                            + "setting vehicles on fire and blocking roads with burning trucks, officials said.";
        Events(text, "2019-10-18").ShouldNotContain(e => e.Codes.AcledEventType == "Riots" || e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void A_patrol_that_detains_someone_is_no_deployment()
    {
        const string text = "CULIACAN, Oct 18 (Reuters) - A patrol of 30 national guard members and soldiers detained the suspect in a house in "
                            + "Culiacan on Thursday afternoon, the security minister said.";
        Events(text, "2019-10-18").ShouldNotContain(e => e.Codes.AcledSubEventType == "Change to group/activity");
    }

    [Fact]
    public void Positions_also_attacked_after_a_capture_are_a_fight_not_another_capture()
    {
        const string text = "GOMA, June 16 (Reuters) - M23 rebels seized the town of Kitagoma on Monday.\n\n"
                            + "The M23 also attacked army positions around Kiwanja on Tuesday, the army said.";
        Events(text, "2022-06-16").ShouldContain(e => e.Codes.AcledSubEventType == "Armed clash" && e.Date.Start == new DateOnly(2022, 6, 14));
    }

    [Fact]
    public void The_dead_of_the_clashes_told_after_a_strike_elsewhere_are_the_fight_s()
    {
        const string text = "EL OBEID, Sudan, June 10 (Reuters) - Heavy fighting broke out in El Obeid on Saturday between the army and the Rapid "
                            + "Support Forces, residents said.\n\n"
                            + "Army jets bombed RSF positions in Nyala and Zalingei on Saturday, witnesses said.\n\n"
                            + "At least five civilians were killed in the clashes, a doctors' group said.";
        var events = Events(text, "2024-06-10");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Armed clash" && e.Fatalities == 5 && e.Location != null && e.Location.Name == "El Obeid");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Air/drone strike" && e.Fatalities > 0);
    }

    [Fact]
    public void The_town_a_witness_fled_to_is_not_where_the_attack_was()
    {
        const string text = "OUAGADOUGOU, June 14 (Reuters) - Gunmen killed at least 40 people in an attack on a village in northern Burkina Faso "
                            + "on Sunday, the government said.\n\n"
                            + "\"They came on motorbikes and they shot everyone they found,\" said a trader who fled to Kaya.";
        Events(text, "2022-06-14").ShouldNotContain(e => e.Location != null && e.Location.Name == "Kaya");
    }
}
