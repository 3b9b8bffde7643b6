namespace Frontline.Tests.Events;

/// <summary>Where fire came from and where people came from, relative clauses, crowds a verb took for object, groups'
/// ways told in the present, and days counted back from an act. Texts written for these tests.</summary>
public class LaunchSitesAndHabitsTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Where_missiles_aimed_at_a_target_were_fired_from_is_not_where_they_struck()
    {
        const string text = "ERBIL, Iraq, Feb 16 (Reuters) - Rockets struck Erbil airport on Monday night, killing one contractor, officials said.\n\n"
                            + "The regional interior ministry said militants had fired the rockets at the airport from areas they hold in Mosul.";
        var events = Events(text, "2021-02-16");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Mosul");
        events.ShouldContain(e => e.Location != null && e.Location.Name == "Erbil" && e.Fatalities == 1);
    }

    [Fact]
    public void Where_greeted_ministers_arrived_from_is_neither_the_scene_nor_a_protest()
    {
        const string text = "MOGADISHU, March 3 (Reuters) - A car bomb exploded outside the airport gate in Mogadishu on Sunday, killing five people.\n\n"
                            + "Witnesses said the blast struck the gate as officials and journalists gathered to greet ministers arriving from Nairobi.";
        var events = Events(text, "2019-03-03");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Nairobi");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void A_coalition_that_backs_a_government_is_who_launched_its_air_strikes_and_the_raids_reported_are_those_strikes()
    {
        const string text = "SANAA, Jan 8 (Reuters) - A Saudi-led coalition that backs the government launched air strikes on Houthi-held Hodeidah on "
                            + "Friday night, the Houthi-run television said, reporting raids on the port.";
        var strike = Events(text, "2021-01-08").Single();
        strike.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
        strike.Actor1!.Name.ShouldBe("Saudi-led coalition");
    }

    [Fact]
    public void A_crowd_a_bomber_drew_and_the_wounded_people_helped_are_no_riot()
    {
        const string text = "KABUL, Oct 2 (Reuters) - A suicide bomber blew himself up outside a mosque in Kabul on Friday, killing nine people, police said.\n\n"
                            + "The bomber called out for help as he reached the gate, drawing a crowd around him before he set off his belt. "
                            + "A second bomber set off his vest as people gathered to help the wounded.";
        var events = Events(text, "2020-10-02");
        events.ShouldNotContain(e => e.Actor1 != null && (e.Actor1.Name.StartsWith("Rioters") || e.Actor1.Name.StartsWith("Protesters")));
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Riots" || e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void An_act_the_lead_came_days_after_is_dated_that_many_days_before_it()
    {
        const string text = "KADUNA, Nigeria, May 4 (Reuters) - Gunmen attacked a bus on the highway near Kaduna on Tuesday, killing six passengers.\n\n"
                            + "The attack came three days after gunmen stormed a police station in Zaria, killing two officers.";
        var events = Events(text, "2022-05-04");
        var station = events.Single(e => e.Location != null && e.Location.Name == "Zaria");
        station.Date.Start.ShouldBe(new DateOnly(2022, 4, 30));
    }

    [Fact]
    public void Around_the_same_time_and_hours_after_keep_the_day_the_lead_named()
    {
        const string text = "SURUC, Turkey, July 20 (Reuters) - A suicide bomber killed 31 people in the Turkish town of Suruc on Monday.\n\n"
                            + "Around the same time, a car bomb exploded at a checkpoint on the Syrian side of the border in Kobani, killing two Kurdish fighters.\n\n"
                            + "Hours after the bombing, hundreds of people protested in Istanbul and police fired tear gas to disperse them.";
        var events = Events(text, "2015-07-20");
        events.Where(e => e.Location?.CountryIso2 is "SY" || e.Location?.Name == "Istanbul").ShouldAllBe(e => e.Date.Start == new DateOnly(2015, 7, 20));
        events.Count(e => e.Location?.CountryIso2 == "SY" || e.Location?.Name == "Istanbul").ShouldBe(2);
    }

    [Fact]
    public void A_gathering_a_blast_tore_through_and_a_crossing_planned_after_it_are_no_events()
    {
        const string text = "SURUC, Turkey, July 20 (Reuters) - A suicide bomber killed 31 people in the Turkish town of Suruc on Monday, tearing "
                            + "through a gathering of young activists.\n\n"
                            + "The blast hit the garden of a cultural centre, where about 300 members of a youth federation were making a statement "
                            + "to the press before crossing into Syria.";
        var bombing = Events(text, "2015-07-20").Single();
        bombing.Codes.AcledSubEventType.ShouldBe("Suicide bomb");
        bombing.Location!.CountryIso2.ShouldBe("TR");
    }

    [Fact]
    public void Men_shot_in_groups_of_a_size_are_not_counted_by_the_size()
    {
        const string text = "BAMAKO, April 5 (Reuters) - Soldiers executed about 40 men in Djenne over several days, witnesses said.\n\n"
                            + "Small groups of the detained men were taken out and shot, they said. \"They shot them in groups of five, eight, twelve,\" one trader said.";
        var events = Events(text, "2022-04-05");
        events.ShouldNotContain(e => e.Fatalities == 12);
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.StartsWith("Rioters"));
        events.ShouldContain(e => e.Fatalities == 40);
    }

    [Fact]
    public void A_span_of_days_of_one_month_dates_the_act_and_its_last_day_is_no_count()
    {
        const string text = "BAMAKO, April 5 (Reuters) - Mali's army said on Friday it had killed 50 militants during an operation near Djenne "
                            + "between March 23 and 31.";
        var operation = Events(text, "2022-04-05").Single();
        operation.Fatalities.ShouldBe(50);
        operation.Date.Start.ShouldBe(new DateOnly(2022, 3, 23));
        operation.Date.End.ShouldBe(new DateOnly(2022, 3, 31));
    }

    [Fact]
    public void What_gangs_do_told_in_the_present_of_a_relative_clause_is_no_act()
    {
        const string text = "KADUNA, Nigeria, March 29 (Reuters) - Gunmen killed eight passengers on a train near Kaduna on Monday night.\n\n"
                            + "The railway corporation suspended the service until further notice.\n\n"
                            + "President Muhammadu Buhari ordered security forces to find the attackers.\n\n"
                            + "Zamfara and neighbouring states in northwest Nigeria have been plagued by armed gangs, locally called bandits, who "
                            + "kidnap for ransom and raid villages.";
        var events = Events(text, "2022-03-29");
        events.Count.ShouldBe(1);
        events[0].Fatalities.ShouldBe(8);
    }
}
