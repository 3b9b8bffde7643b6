using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>An armed side blamed for an act told with no author, where fire came from, a group's branch abroad, a town's
/// population, allies fighting alongside, a fight and the capture it ended in, protests that turned into riots, police
/// told with a protest, and an official named by the first word of a name. Texts written for these tests.</summary>
public class BlameAndOriginsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_named_force_blamed_for_shelling_told_before_is_its_author_and_the_country_fired_from_is_no_target()
    {
        const string text = "KAMPALA, June 4 (Reuters) - Shells fired from South Sudan killed three civilians in the Ugandan border town "
                            + "of Moyo on Tuesday, Uganda's army said.\n\n"
                            + "Army spokesman Felix Kulayigye blamed the South Sudanese army for firing across the border.";
        var shelling = Events(text, "2024-06-04").Single(e => e.Codes.AcledSubEventType == "Shelling/artillery/missile attack");
        shelling.Actor1!.Kind.ShouldBe(ActorKind.StateMilitary);
        shelling.Actor1.Country3.ShouldBe("SSD");
        shelling.Actor2?.Country3.ShouldNotBe("SSD");
    }

    [Fact]
    public void Unnamed_rebels_blamed_for_a_blast_are_no_author()
    {
        const string text = "GULU, June 4 (Reuters) - A bomb exploded at a bus station in Gulu on Tuesday, killing two people.\n\n"
                            + "Police blamed rebels for the blast.";
        Events(text, "2024-06-04").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Rebel);
    }

    [Fact]
    public void A_branch_of_a_group_in_a_country_is_no_scene_of_the_attack_it_claims()
    {
        const string text = "BAGHDAD, March 3 (Reuters) - A suicide bomber blew himself up at a market in Baghdad during Friday prayers, "
                            + "killing 12 people.\n\n"
                            + "A group calling itself Wilayat Dijla, an affiliate of Islamic State in Syria, said in a statement that one of "
                            + "its fighters had carried out the attack on what it called a den of apostates.";
        var events = Events(text, "2023-03-03");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "SY");
        events.ShouldContain(e => e.Location != null && e.Location.Name == "Baghdad" && e.Fatalities == 12);
    }

    [Fact]
    public void A_gunman_the_text_gives_no_country_is_of_the_country_he_struck_on_the_same_day()
    {
        const string text = "CAIRO, May 2 (Reuters) - A car bomb killed four soldiers in Cairo on Friday.\n\n"
                            + "On the same day, a gunman opened fire on worshippers at a church near the Libyan city of Benghazi, killing six people.";
        var benghazi = Events(text, "2014-05-02").Single(e => e.Location?.CountryIso2 == "LY");
        benghazi.Actor1!.Kind.ShouldBe(ActorKind.Unidentified);
        benghazi.Actor1.Country3.ShouldBe("LBY");
        benghazi.Date.ShouldBe(DateInterval.Day(Analysis.Day("2014-05-02")));
    }

    [Fact]
    public void A_gunman_of_a_nationality_keeps_it_abroad()
    {
        const string text = "KUALA LUMPUR, March 5 (Reuters) - Filipino gunmen attacked a police post in Lahad Datu on Tuesday, "
                            + "killing two officers.";
        var attack = Events(text, "2013-03-05").Single(e => e.Fatalities == 2);
        attack.Actor1!.Name.ShouldBe("Filipino gunmen");
    }

    [Fact]
    public void The_people_a_city_holds_are_no_side_of_its_capture()
    {
        const string text = "GOMA, Feb 16 (Reuters) - In Bukavu, the M23 said on Sunday it had taken control of the city of about "
                            + "one million people.";
        var capture = Events(text, "2025-02-16").Single(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory");
        capture.Actor2?.Kind.ShouldNotBe(ActorKind.Civilians);
    }

    [Fact]
    public void Soldiers_fighting_alongside_a_group_are_no_clash_with_it()
    {
        const string text = "KINSHASA, Feb 16 (Reuters) - U.N. experts have said some 3,000 Rwandan soldiers are fighting alongside the M23.";
        Events(text, "2025-02-16").ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    [Fact]
    public void Peacekeepers_killed_are_counted()
    {
        const string text = "Nine peacekeepers from Tanzania were killed in fighting with rebels near Beni on Saturday.";
        Events(text, "2025-02-16").ShouldContain(e => e.Fatalities == 9);
    }

    [Fact]
    public void A_sides_fight_in_a_town_and_its_taking_of_the_town_a_day_apart_are_one_takeover()
    {
        const string text = "GOMA, Feb 17 (Reuters) - M23 rebels fought their way into Bukavu on Monday, residents said.\n\n"
                            + "In Bukavu, the M23 said it had taken control of the city after an offensive that began on Sunday night.";
        var battles = Events(text, "2025-02-17").Where(e => e.Codes.AcledEventType == "Battles").ToList();
        battles.Single().Codes.AcledSubEventType.ShouldBe("Non-state actor overtakes territory");
    }

    [Fact]
    public void Deaths_when_protests_turned_into_riots_are_the_riots_toll()
    {
        const string text = "NIAMEY, Oct 4 (AFP) - Four people were killed when protests over fuel prices turned into riots in Niamey, "
                            + "officials said on Wednesday.";
        var riot = Events(text, "2023-10-04").Single();
        riot.Codes.AcledEventType.ShouldBe("Riots");
        riot.Fatalities.ShouldBe(4);
    }

    [Fact]
    public void A_crowds_acts_after_a_day_that_names_a_vote_are_dated_by_the_crowds_day_and_its_looting_is_the_riot()
    {
        const string text = "ULAANBAATAR, July 2 (AFP) - Thousands of demonstrators gathered on Tuesday outside the ruling party's "
                            + "headquarters in Ulaanbaatar, accusing it of rigging Sunday's vote. Some of them hurled stones and set the "
                            + "building on fire, then looted a shop nearby.";
        var events = Events(text, "2008-07-02");
        events.ShouldNotContain(e => e.Date.Start == Analysis.Day("2008-06-29"));
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Looting/property destruction");
    }

    [Fact]
    public void A_party_named_after_a_people_names_no_civilians()
    {
        const string text = "Thousands protested outside the headquarters of the ruling Cambodian People's Party in Phnom Penh.";
        var (_, ann) = Analysis.Annotate(text, "2013-09-15");
        ann.Actors.ShouldNotContain(a => a.Actor != null && a.Actor.Kind == ActorKind.Civilians);
    }

    [Fact]
    public void An_official_is_named_again_by_the_first_word_of_a_three_word_name()
    {
        const string text = "SEOUL, Dec 4 (AP) - South Korean President Yoon Suk Yeol visited the border on Tuesday. Yoon said talks "
                            + "would resume.";
        var (_, ann) = Analysis.Annotate(text, "2023-12-04");
        ann.Actors.ShouldContain(a => a.Surface == "Yoon" && a.Actor != null && a.Actor.Kind == ActorKind.Government);
    }

    [Fact]
    public void Police_who_detained_people_during_a_protest_are_its_other_side_and_a_scuffle_after_it_is_the_protests()
    {
        const string text = "TBILISI, May 1 (Reuters) - Georgian police detained 20 people, including three minors, during an "
                            + "anti-government protest in the capital on Sunday organised by an opposition movement, the police said.\n\n"
                            + "Thousands of protesters marched through central Tbilisi to parliament. Some tried to break through a police "
                            + "cordon and were pushed back, police said.";
        var events = Events(text, "2023-05-01");
        var protest = events.First(e => e.Codes.AcledEventType == "Protests");
        protest.Actor1!.Kind.ShouldBe(ActorKind.Protesters);
        protest.Actor2!.Kind.ShouldBe(ActorKind.Police);
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests" && e.Actor1!.Kind == ActorKind.Police);
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    [Fact]
    public void Police_are_the_reports_not_those_of_a_country_someone_trained_in_or_that_owns_a_ministry()
    {
        const string text = "TBILISI, May 1 (Reuters) - Georgian police detained 20 people during a protest in Tbilisi on Sunday.\n\n"
                            + "Police said they had foiled a plan by people trained in Russia to provoke disorder. Russia's foreign ministry "
                            + "said the police were beating peaceful protesters.";
        var (_, ann) = Analysis.Annotate(text, "2023-05-01");
        ann.Actors.Where(a => a.Actor is { Kind: ActorKind.Police }).ShouldAllBe(a => a.Actor!.Country3 == "GEO");
    }

    [Fact]
    public void A_cabinet_meeting_is_no_meeting_between_sides()
    {
        const string text = "BISSAU, Feb 2 (AP) - Guinea-Bissau's President Umaro Sissoco Embalo said on Wednesday that six people were "
                            + "killed when gunmen attacked the government palace.\n\n"
                            + "Gunfire broke out on Tuesday around the palace complex, where Embalo was chairing a cabinet meeting with "
                            + "Prime Minister Nuno Gomes Nabiam.";
        Events(text, "2022-02-02").ShouldNotContain(e => e.Codes.PloverType == "CONSULT");
    }
}
