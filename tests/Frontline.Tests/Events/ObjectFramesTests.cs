namespace Frontline.Tests.Events;

/// <summary>A verb means what it acts on: seizing a town is a capture, seizing rifles disrupts weapons use; setting up a
/// base, agreeing a ceasefire, signing a deal and surrendering are strategic developments (ACLED's definitions).</summary>
public class ObjectFramesTests
{
    [Theory]
    [InlineData("Police seized 50 Kalashnikov rifles and a grenade launcher in Debre Berhan on Monday.", "Disrupted weapons use")]
    [InlineData("Two explosive devices were found near a school in Kharkiv on Tuesday.", "Disrupted weapons use")]
    [InlineData("Army engineers cleared more than 300 landmines around Hodeidah last week.", "Disrupted weapons use")]
    [InlineData("Fishermen said two rocket bombs were identified on a beach in Siaya county on Wednesday.", "Disrupted weapons use")]
    [InlineData("Sappers detected an explosive device under a bridge near Kherson on Sunday.", "Disrupted weapons use")]
    [InlineData("Rebels seized the town of Kalehe from the army on Monday.", "Non-state actor overtakes territory")]
    [InlineData("Ethiopian troops recovered several villages near Gondar on Monday.", "Government regains territory")]
    [InlineData("Government forces captured a new rebel-held neighborhood in Aleppo on Saturday.", "Government regains territory")]
    [InlineData("Syrian army units achieved a major victory by controlling the entire Lajat area in Deraa province.", "Government regains territory")]
    public void Seizing_means_what_is_seized(string text, string subType) => Analysis.FirstSubType(text).ShouldBe(subType);

    [Theory]
    [InlineData("Turkish forces have set up a new observation post in Idlib province on Thursday.", "Headquarters or base established")]
    [InlineData("US forces established a new military base near Rmeilan on Sunday.", "Headquarters or base established")]
    [InlineData("The warring parties have agreed a fragile 48-hour ceasefire in Tigray, officials said on Sunday.", "Agreement")]
    [InlineData("The government and the rebels signed a peace deal in Juba on Friday.", "Agreement")]
    [InlineData("More than 150 Islamic State fighters surrendered to government forces in Jawzjan province on Monday.", "Agreement")]
    public void Strategic_developments_are_read_from_their_object(string text, string subType) => Analysis.FirstSubType(text).ShouldBe(subType);

    [Fact]
    public void A_base_set_up_elsewhere_in_the_sentence_is_not_the_verbs_object()
    {
        Analysis.FirstSubType("Rebels set up roadblocks and shelled the base of the army in Goma on Monday.").ShouldNotBe("Headquarters or base established");
    }

    [Theory]
    [InlineData("Protesters blocked roads with burning tires in Oued Ellil on Tuesday.", "Violent demonstration")]
    [InlineData("Protests against the election result turned violent in Caracas on Thursday.", "Violent demonstration")]
    [InlineData("Hundreds of protesters marched peacefully in Tunis on Friday.", "Peaceful protest")]
    [InlineData("Security forces opened fire on peaceful protesters in Basra on Friday, killing six.", "Excessive force against protesters")]
    [InlineData("Riot police beat and injured dozens of students at a peaceful protest in Beirut on Saturday.", "Excessive force against protesters")]
    [InlineData("Riot police officers beat an anti-government protester during a protest in Beirut on Saturday.", "Excessive force against protesters")]
    [InlineData("Workers protested in Lima on Monday. Police dispersed them and beat several with batons.", "Excessive force against protesters")]
    [InlineData("Workers protested in Lima on Monday. Police dispersed them with tear gas and rubber bullets.", "Protest with intervention")]
    [InlineData("Workers protested in Lima on Monday. Police fired shots into the air to disperse them.", "Protest with intervention")]
    public void A_protest_is_violent_by_what_its_crowd_does(string text, string subType)
    {
        var e = Analysis.Run(text, "2024-03-05").Events.First(e => e.Codes.AcledEventType is "Protests" or "Riots");
        e.Codes.AcledSubEventType.ShouldBe(subType);
        if (subType == "Violent demonstration") e.Actor1!.Name.ShouldStartWith("Rioters");
        // ACLED puts the crowd first, the force that met it second.
        if (subType == "Excessive force against protesters") e.Actor1!.Name.ShouldStartWith("Protesters");
    }

    [Theory]
    [InlineData("A shoot-out took place in the Vila Pauline neighborhood of Belford Roxo on Friday.")]
    [InlineData("A remote controlled device exploded near Bali Doogle village on Thursday.")]
    public void Neither_a_place_where_something_happened_nor_a_remote_control_is_a_capture(string text)
    {
        Analysis.Run(text, "2024-03-05").Events.ShouldNotContain(e => e.Codes.AcledSubEventType != null && e.Codes.AcledSubEventType.Contains("territory"));
    }

    [Fact]
    public void Attacking_a_checkpoint_is_fighting_the_armed_men_who_hold_it()
    {
        Analysis.FirstSubType("Taliban fighters attacked a checkpoint in Jawzjan province on Monday.").ShouldBe("Armed clash");
        Analysis.FirstSubType("Taliban fighters attacked a wedding party in Jawzjan province on Monday.").ShouldBe("Attack");
    }

    [Fact]
    public void Those_attacked_with_a_weapon_suffered_it()
    {
        var e = Analysis.Run("A gathering of soldiers loyal to the regional state was attacked with a grenade in Baidoa on Monday.", "2024-03-05").Events[0];
        e.Codes.AcledSubEventType.ShouldBe("Grenade");
        e.Actor2.ShouldNotBeNull().Kind.ShouldBe(Frontline.Core.Model.ActorKind.StateMilitary);
        e.Actor1?.Kind.ShouldNotBe(Frontline.Core.Model.ActorKind.StateMilitary);
    }

    [Theory]
    [InlineData("Civilians near Damascus were attacked on Tuesday with suspected poisonous gas, activists said.")]
    [InlineData("Residents of Douma were hit by an air raid with poison gas on Saturday. More than 180 people died.")]
    public void People_a_weapon_of_war_struck_are_its_victims_not_a_crowd(string text)
    {
        var e = Analysis.Run(text, "2024-03-05").Events[0];
        e.Codes.AcledEventType.ShouldBe("Explosions/Remote violence");
        e.Actor2.ShouldNotBeNull().Kind.ShouldBe(Frontline.Core.Model.ActorKind.Civilians);
    }

    /// <summary>Arrests are what the sentence reports even when it tells of protests or plots around them: police who
    /// "continue to detain" are detaining, people intercepted are arrested, and a rally the arrests came before, or an
    /// attack only plotted, is no course they were made in.</summary>
    [Theory]
    [InlineData("The security service continues to detain people who organise or take part in the demonstrations in Khartoum.")]
    [InlineData("Police in Kenya detained several activists before the President's rally at Voi on Monday.")]
    [InlineData("Security forces in Lahore jailed more than 60 militants they suspect were plotting to launch attacks.")]
    [InlineData("Police in Addis Ababa intercepted 15 suspected members of a terrorist group planning attacks on an embassy.")]
    public void Arrests_are_the_event_beside_protests_and_plots(string text)
    {
        Analysis.Run(text, "2024-03-05").Events[0].Codes.AcledSubEventType.ShouldBe("Arrests");
    }

    /// <summary>Troops formed, moved or mobilized change a group's activity (ACLED); an attack only feared is not what
    /// the report tells, and tear gas deployed is no deployment.</summary>
    [Theory]
    [InlineData("Special groups of troops have been formed in four regions of the Western Military District on Monday.", "Change to group/activity")]
    [InlineData("Syria is moving troops to a desert region near its border with Jordan on Monday.", "Change to group/activity")]
    [InlineData("Hundreds of fighters mobilized in Panjshir on Monday to defend their areas against a possible attack by the Taliban.", "Change to group/activity")]
    [InlineData("Workers protested in Lima on Monday. Police deployed tear gas to disperse them.", "Protest with intervention")]
    public void Forces_formed_or_moved_change_a_groups_activity(string text, string subType)
    {
        Analysis.FirstSubType(text).ShouldBe(subType);
    }

    /// <summary>A word that names no weapon ("explosion") yields to one that does; a capitalized word or phrase inside a
    /// name ("Butovka Mine", "the Internal Security Operations Command") is no weapon and no act.</summary>
    [Theory]
    [InlineData("Three children were injured on Tuesday by the explosion of a landmine planted near Al-Bab.", "Remote explosive/landmine/IED")]
    [InlineData("A deadly explosion caused by a landmine killed 4 civilians in Spin Boldak on Monday.", "Remote explosive/landmine/IED")]
    [InlineData("The monitors recorded 21 explosions near Butovka Mine on Monday.", "Shelling/artillery/missile attack")]
    [InlineData("Gunmen attacked a mosque in Arish on Friday and set off a bomb, wounding 75 people.", "Remote explosive/landmine/IED")]
    [InlineData("Two militants refused to surrender in Ankara on Saturday and triggered the bomb.", "Remote explosive/landmine/IED")]
    [InlineData("A rocket-propelled grenade hit the family's car in Aden on Monday, killing one.", "Shelling/artillery/missile attack")]
    [InlineData("On 4 May 2020, miners of Kerman Coal Mine Company held a protest in Zarand against plans to privatize the mine.", "Peaceful protest")]
    [InlineData("A gathering of soldiers loyal to the regional state was attacked with a grenade in Baidoa on Monday.", "Grenade")]
    // "Security Operations" inside the name of a command is no security operation (no clash).
    [InlineData("The Internal Security Operations Command said the attacks in Narathiwat on Wednesday were carried out with grenades.", "Grenade")]
    public void A_weapon_named_outranks_the_word_explosion(string text, string subType)
    {
        Analysis.FirstSubType(text).ShouldBe(subType);
    }

    [Fact]
    public void The_act_a_sentence_reports_comes_before_the_scene_it_sets()
    {
        var events = Analysis.Run("Government and rebel forces agreed a fragile ceasefire after the worst fighting in decades near Goma on Monday.", "2024-03-05").Events;
        events.Count.ShouldBeGreaterThan(1);
        events[0].Codes.AcledSubEventType.ShouldBe("Agreement");
    }

    /// <summary>One act, told in several clauses or with its means, arrests and scene, is one event of one type.</summary>
    [Theory]
    [InlineData("On 5 May 2020, NDS forces attacked an Islamic State centre, killing 5 militants and arresting 8, in Kabul.", "Armed clash")]
    [InlineData("Police arrested more than 180 people as opposition supporters staged sit-ins in Yerevan on Friday.", "Protest with intervention")]
    [InlineData("On 4 May 2020, residents protested in Tegucigalpa against burials in a cemetery. The demonstrators blocked a road and demanded food aid.", "Peaceful protest")]
    [InlineData("On 28 April 2020, protesters demonstrating against prices blocked the Sport City intersection in Beirut in both directions.", "Peaceful protest")]
    [InlineData("On 26 February 2020, clashes took place between regime forces and rebels near Saraqib in Idleb amid artillery fire.", "Armed clash")]
    [InlineData("On 30 April 2020, rebels shelled army positions near Saraqib in Idleb and destroyed four military vehicles.", "Shelling/artillery/missile attack")]
    public void One_act_told_with_its_arrests_retelling_or_scene_is_one_event(string text, string subType)
    {
        Analysis.Run(text, "2020-05-06").Events.ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe(subType);
    }
}
