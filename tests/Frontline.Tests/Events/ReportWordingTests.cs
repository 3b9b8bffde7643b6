using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Wording around an act that changes what it is: who merely said so, a deal broken off, people on the move, a
/// superlative judging the act, a floor of a toll, an owner before a force. Texts written for these tests.</summary>
public class ReportWordingTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Who_says_people_were_killed_and_others_wounded_did_not_wound_them()
    {
        var e = Events("Cambodia said two farmers had been killed and three wounded in Oddar Meanchey province.", "2025-07-25").ShouldHaveSingleItem();
        e.Actor1?.Name.ShouldNotBe("Cambodia");
        e.Codes.AcledEventType.ShouldNotBe("Riots");
        e.Location!.Admin1.ShouldBe("Oddar Meanchey");
    }

    [Theory]
    [InlineData("The president suspended peace talks with the rebels on Friday, accusing them of massacres.")]
    [InlineData("The rebels pulled out of the peace deal on Friday, the government said.")]
    public void A_deal_broken_off_is_no_agreement(string text) =>
        Events(text, "2025-03-08").ShouldNotContain(e => e.Codes.AcledSubEventType == "Agreement");

    [Fact]
    public void A_deal_dated_to_a_past_year_by_its_noun_is_background()
    {
        var events = Events("Among those killed in the raid on Sunday were former fighters who had signed the 2016 peace deal.", "2025-03-10");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Agreement");
    }

    [Theory]
    [InlineData("Thousands of displaced people crossed into Uganda on Sunday, the UN refugee agency said.")]
    [InlineData("More than 40,000 people have been evacuated from the border districts in Pakistan.")]
    public void People_fleeing_or_evacuated_are_no_armed_group_moving(string text) =>
        Events(text, "2025-05-12").ShouldNotContain(e => e.Codes.AcledSubEventType == "Change to group/activity");

    [Fact]
    public void Villagers_forming_a_patrol_still_change_their_activity() =>
        Events("Women armed with sticks formed a patrol in Rampur village to enforce the curfew on Monday.", "2025-05-12")
            .ShouldContain(e => e.Codes.AcledSubEventType == "Change to group/activity");

    [Fact]
    public void A_superlative_judging_the_act_told_before_it_is_no_act_of_its_own()
    {
        var e = Events("NIAMEY, March 4 - Gunmen attacked an army post in Tillaberi on Monday, killing 20 soldiers, security sources said, in the deadliest strike on the region this year.",
            "2025-03-04").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Battles");
    }

    [Fact]
    public void A_country_owning_a_force_is_not_where_the_force_was_hit()
    {
        var events = Events(
            "BAMAKO, Sept 18 - Gunmen attacked an army camp in Kati on Tuesday, killing at least 12 soldiers.\n\n" +
            "The group claimed responsibility, saying its fighters had killed dozens of members of the junta's forces and of Russia's Africa Corps.",
            "2024-09-18");
        events.ShouldAllBe(e => e.Location == null || e.Location.CountryIso2 == "ML");
    }

    [Fact]
    public void A_time_after_said_that_dates_what_was_said()
    {
        var e = Events("Separately, the Malian army said on Wednesday that its aircraft had struck militants near Nioro du Sahel, close to the border with Mauritania, on Monday.", "2024-09-18")
            .ShouldHaveSingleItem();
        e.Date.ShouldBe(DateInterval.Day(Analysis.Day("2024-09-16")));
    }

    [Fact]
    public void A_precise_toll_a_little_above_the_leads_floor_is_the_leads_own()
    {
        var e = Events(
            "KABUL, June 2 - Gunmen stormed a police academy in Kabul on Sunday, killing more than 40 cadets, officials said.\n\n" +
            "The attackers were killed or arrested after a four-hour battle, the interior ministry said.\n\n" +
            "A hospital official later put the death toll at 46, most of them cadets, with 90 wounded.",
            "2024-06-02").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(46);
        e.Location!.Name.ShouldBe("Kabul");
    }

    [Fact]
    public void A_far_larger_toll_after_a_floor_is_another_events()
    {
        var events = Events(
            "KABUL, June 2 - Gunmen stormed a police academy in Kabul on Sunday, killing at least 12 cadets, officials said.\n\n" +
            "More than 90 people were killed in the province in clashes last year.",
            "2024-06-02");
        events.ShouldContain(e => e.Fatalities == 12);
    }

    [Fact]
    public void A_platform_struck_is_the_target_and_also_repeats_the_authors_tactic()
    {
        var events = Events(
            "BEIRUT, Oct 3 - Israeli warplanes struck a building in the southern suburbs of Beirut on Thursday, killing four people.\n\n" +
            "Israel's military said it had also struck tanks and rocket launchers near Tyre.",
            "2024-10-03");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Shelling/artillery/missile attack");
        events.Count(e => e.Codes.AcledSubEventType == "Air/drone strike").ShouldBe(2);
    }

    [Fact]
    public void The_army_after_government_troops_is_the_governments()
    {
        var (_, ann) = Analysis.Annotate(
            "Israel's military said it had struck tanks near Sweida. Government troops sent to the city on Monday clashed with tribal gunmen in Sweida. " +
            "The government and tribal leaders announced a truce on Wednesday, and the army began withdrawing from the city.");
        ann.Actors.Single(a => a.Surface == "army").Actor!.Name.ShouldBe("Military Forces of Syria");
    }

    [Fact]
    public void An_attempt_to_storm_is_an_act() =>
        Events("Demonstrators tried to storm the police station in Kano on Monday.", "2025-08-05")
            .ShouldContain(e => e.Codes.AcledEventType == "Riots");

    [Fact]
    public void What_is_denied_after_that_is_told_as_denied()
    {
        var (_, ann) = Analysis.Annotate("The government denied that soldiers had killed anyone in the village.");
        ann.Triggers.Single(t => t.Entry.Frame.Name == "kill").Modality.ShouldBe(Modality.Denied);
    }

    [Fact]
    public void The_group_blamed_is_the_author_of_an_unclaimed_bombing() =>
        Events("Three soldiers were killed when their truck struck a roadside bomb near Garissa on Monday, police said, blaming al Shabaab militants.",
                "2024-10-02").ShouldHaveSingleItem().Actor1!.Name.ShouldBe("Al-Shabaab");

    [Fact]
    public void Where_the_wounded_were_flown_is_not_where_they_were_hurt()
    {
        var events = Events(
            "NAIROBI, Oct 2 - Three soldiers were killed when their truck struck a roadside bomb near Garissa on Tuesday, police said.\n\n" +
            "The soldiers were on patrol when the device went off. Two others were wounded and airlifted to Nairobi.", "2024-10-02");
        var e = events.ShouldHaveSingleItem();
        e.Location!.Name.ShouldBe("Garissa");
    }

    [Fact]
    public void The_town_shelled_is_the_reports_town_though_its_paragraph_names_only_a_country()
    {
        var events = Events(
            "MOGADISHU, Feb 8 - Fighting between Somaliland forces and clan militias in the town of Las Anod has killed at least 20 people since Monday.\n\n" +
            "The clashes erupted after elders declared they wanted to be governed by Somalia's federal government. Somaliland's army shelled the town " +
            "with artillery on Tuesday, residents said.", "2023-02-08");
        var shelling = events.Single(e => e.Codes.AcledSubEventType == "Shelling/artillery/missile attack");
        shelling.Location!.Name.ShouldBe("Laascaanood");
        shelling.Actor1!.Name.ShouldBe("Somaliland Army");
    }

    [Theory]
    [InlineData("Protesters set fire to Peru's congress building on Tuesday.", "2025-09-10", "Lima")]
    [InlineData("Gunmen attacked a border post near Bol on Sunday, Chad's presidency said.", "2024-10-28", "Bol")]
    public void A_countrys_seat_of_government_stands_in_its_capital_but_not_its_voice(string text, string published, string place) =>
        Events(text, published).ShouldContain(e => e.Location != null && e.Location.Name == place);

    [Fact]
    public void A_few_bodies_found_later_are_part_of_the_leads_toll()
    {
        var e = Events(
            "LOME, June 30 - At least seven people were killed during three days of protests in Lome, rights groups said on Monday.\n\n" +
            "Demonstrators set up barricades in Lome from Thursday to Saturday. Police fired tear gas, and several bodies were later pulled from a lagoon.",
            "2025-06-30").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(7);
        e.Date.Start.ShouldBe(Analysis.Day("2025-06-26"));
    }

    [Fact]
    public void A_single_peacekeeper_killed_is_one_death() =>
        Events("Militiamen killed a Zambian peacekeeper in an attack on a UN patrol near Zemio on Thursday.", "2025-02-28")
            .ShouldHaveSingleItem().Fatalities.ShouldBe(1);

    [Fact]
    public void Whoever_owns_a_thing_in_the_clause_is_not_its_subject()
    {
        var e = Events("Gunmen stopped a bus near Quetta on Sunday, checked the identity cards of passengers and shot dead nine people from the eastern Punjab province.",
            "2024-08-26").ShouldHaveSingleItem();
        e.Actor1!.Kind.ShouldNotBe(ActorKind.Civilians);
        e.Location!.Name.ShouldBe("Quetta");
    }

    [Fact]
    public void A_weapon_one_side_of_the_leads_battle_used_is_part_of_it()
    {
        var e = Events(
            "SAO PAULO, Oct 29 - A police operation against a drug gang in Sao Paulo killed at least 12 people, officials said on Wednesday.\n\n" +
            "Gang members fired at the police and used drones to drop explosives on them, police said.", "2025-10-29").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Battles");
    }
}
