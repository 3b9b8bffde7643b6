using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Sieges ended by the state, people taken rather than ground, counts of things beside a toll, claims of acts told
/// before, a city told by its rank, sites named after towns, a town told by its distance from a capital, asides about
/// someone, and who is dressed as whom. Texts written for these tests.</summary>
public class SiegesClaimsAndSitesTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Hostages_killed_by_the_attackers_before_a_rescue_are_an_attack_of_their_own()
    {
        const string text = "MOGADISHU, Feb 4 (Reuters) - Somali commandos stormed a hotel in Mogadishu on Sunday to end a siege by Islamist "
                            + "gunmen, but not before the attackers had shot dead 12 hostages, police said.";
        var attack = Events(text, "2025-02-04").Single(e => e.Codes.AcledEventType == "Violence against civilians");
        attack.Fatalities.ShouldBe(12);
    }

    [Fact]
    public void A_man_captured_is_no_ground_taken()
    {
        const string text = "DHAKA, July 2 (Reuters) - Commandos stormed a restaurant in Dhaka on Saturday to end a siege by gunmen.\n\n"
                            + "Six of the gunmen were killed and one was captured, army spokesman Brigadier General Ali Rahman told reporters.";
        Events(text, "2016-07-02").ShouldNotContain(e => e.Codes.AcledSubEventType == "Government regains territory");
    }

    [Fact]
    public void Things_counted_beside_a_toll_are_not_dead()
    {
        const string text = "Bombers attack three churches, 13 dead\n\nJAKARTA, May 13 (Reuters) - Police said on Sunday that bombers had "
                            + "attacked churches in Surabaya.";
        Events(text, "2018-05-13").Single(Analysis.Violent).Fatalities.ShouldBe(13);
    }

    [Fact]
    public void A_city_told_by_its_rank_in_its_country_is_that_city()
    {
        const string text = "ABUJA, March 2 (Reuters) - A bomb exploded at a bus station in Nigeria's second-largest city, Kano, on Sunday, "
                            + "killing five people, police said.";
        Events(text, "2025-03-02").Single(Analysis.Violent).Location!.Name.ShouldBe("Kano");
    }

    [Fact]
    public void A_site_with_no_town_of_its_own_is_in_the_town_the_lead_names()
    {
        const string text = "JAKARTA, May 13 (Reuters) - A bomb exploded at a church in Medan on Sunday, killing two people, police said.\n\n"
                            + "Hours later a second bomber blew himself up at the Pentecostal Church of Zion, wounding four.";
        Events(text, "2025-05-13").ShouldNotContain(e => e.Location != null && e.Location.Name == "Jakarta");
    }

    [Fact]
    public void A_church_named_after_a_saint_is_no_town_abroad()
    {
        const string text = "JAKARTA, May 13 (Reuters) - Two men rode a motorcycle packed with explosives into the Santa Maria Catholic Church in "
                            + "Surabaya on Sunday, killing four people, police said.";
        Events(text, "2025-05-13").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 != "ID");
    }

    [Fact]
    public void A_group_that_later_claimed_the_attacks_made_them()
    {
        const string text = "JAKARTA, May 13 (Reuters) - Suicide bombers attacked two churches in Surabaya on Sunday, killing seven people, "
                            + "police said.\n\nIslamic State later claimed the attacks.";
        Events(text, "2025-05-13").Single(Analysis.Violent).Actor1!.Name.ShouldBe("Islamic State");
    }

    [Fact]
    public void Suicide_bomb_attacks_are_suicide_bombings()
    {
        const string text = "JAKARTA, May 13 (Reuters) - A family carried out suicide bomb attacks on two churches in Surabaya on Sunday, "
                            + "killing seven people, police said.";
        Events(text, "2025-05-13").Single(Analysis.Violent).Codes.AcledSubEventType.ShouldBe("Suicide bomb");
    }

    [Fact]
    public void A_town_told_by_its_distance_from_the_capital_is_where_it_happened()
    {
        const string text = "ABIDJAN, March 13 (Reuters) - The attackers arrived on the beach at Grand-Bassam, about 40 km east of the commercial "
                            + "capital Abidjan, on Sunday and opened fire on sunbathers.";
        Events(text, "2016-03-13").Single(Analysis.Violent).Location!.Name.ShouldBe("Grand-Bassam");
    }

    [Fact]
    public void A_place_in_an_aside_about_the_actor_is_not_where_he_acted()
    {
        const string text = "MANILA, May 24 (Reuters) - President Rodrigo Duterte, who cut short a visit to Russia, declared martial law late on "
                            + "Tuesday.";
        Events(text, "2017-05-24").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "RU");
    }

    [Fact]
    public void Taking_people_hostage_across_a_long_object_is_an_abduction()
    {
        const string text = "MANILA, May 24 (Reuters) - Militants took a Catholic priest and several worshippers hostage in Marawi on Wednesday, "
                            + "officials said.";
        Events(text, "2017-05-24").ShouldContain(e => e.Codes.AcledSubEventType == "Abduction/forced disappearance");
    }

    [Fact]
    public void Gunmen_dressed_in_military_uniforms_are_not_the_military()
    {
        const string text = "TUNIS, March 18 (Reuters) - Gunmen dressed in military uniforms killed nine tourists at a hotel in Sousse on "
                            + "Wednesday, officials said.";
        Events(text, "2015-03-18").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.StateMilitary);
    }

    [Fact]
    public void The_attackers_the_security_forces_killed_are_that_fights_toll()
    {
        const string text = "ABIDJAN, March 13 (Reuters) - Gunmen attacked a hotel in Grand-Bassam on Sunday, killing 16 people, before security "
                            + "forces killed six of the assailants, officials said.";
        Events(text, "2016-03-13").ShouldContain(e => e.Codes.AcledEventType == "Battles" && e.Fatalities == 6);
    }

    [Fact]
    public void Paramilitary_police_are_the_states_police()
    {
        const string text = "SRINAGAR, Feb 14 (Reuters) - A suicide bomber attacked a convoy of Indian paramilitary police in Pulwama on "
                            + "Thursday, killing 40 of them.";
        Events(text, "2019-02-14").Single(Analysis.Violent).Actor2!.Kind.ShouldBe(ActorKind.Police);
    }
}
