using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Weapon models that are no counts, striking workers who protest, state forces that killed at a protest, a
/// capital that names a site, police stations as places, "later in the day", looters' deaths, and a town's scene set
/// apart from a province's. Texts written for these tests.</summary>
public class StrikesAndModelsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Theory]
    [InlineData("Soldiers armed with AK-47 rifles fired into the crowd.", "AK-47")]
    [InlineData("Two F-16 jets struck the base.", "F-16")]
    [InlineData("A Su-25 jet was shot down.", "Su-25")]
    public void A_number_joined_to_a_models_letters_is_no_count(string text, string model)
    {
        var (doc, ann) = Analysis.Annotate(text, "2014-01-03");
        var modelEnd = doc.Article.Text.IndexOf(model, StringComparison.Ordinal) + model.Length;
        var number = doc.Tokens.First(t => t.End == modelEnd);
        ann.Numbers.ShouldNotContain(n => n.Range.Contains(number.Index));
    }

    [Fact]
    public void Police_firing_on_striking_workers_who_threw_rocks_is_a_riot_with_its_toll()
    {
        const string text = "DHAKA, Jan 3 (Reuters) - Police opened fire on striking garment workers demanding higher wages on Friday, "
                            + "killing at least three people.\n\n"
                            + "The workers had blocked a road and thrown rocks at police, witnesses said. Officers armed with AK-47 rifles "
                            + "fired repeatedly into the crowd.";
        var events = Events(text, "2014-01-03");
        events.ShouldNotContain(e => e.Fatalities > 3);
        events.ShouldContain(e => e.Fatalities == 3 && (e.Codes.AcledEventType == "Riots" || e.Codes.AcledEventType == "Protests"));
    }

    [Fact]
    public void A_state_force_that_shot_people_dead_in_protests_met_them_with_lethal_force()
    {
        const string text = "Malawi police shot dead at least 18 people in two days of protests against the government, the health ministry said "
                            + "on Thursday.";
        var protest = Events(text, "2011-07-21").Single();
        protest.Codes.AcledSubEventType.ShouldBe("Excessive force against protesters");
        protest.Actor1!.Kind.ShouldBe(ActorKind.Protesters);
        protest.Actor2!.Kind.ShouldBe(ActorKind.Police);
    }

    [Fact]
    public void A_capital_that_names_protest_camps_is_no_government()
    {
        const string text = "CAIRO, Aug 14 (Reuters) - Security forces stormed two Cairo protest camps on Wednesday, killing at least 200 "
                            + "people, the health ministry said.";
        var (_, ann) = Analysis.Annotate(text, "2013-08-14");
        ann.Actors.ShouldNotContain(a => a.Surface == "Cairo");
    }

    [Fact]
    public void Police_stations_attacked_are_places_not_who_set_the_fires()
    {
        const string text = "CAIRO, Aug 14 (Reuters) - Police stormed a protest camp in Cairo on Wednesday, killing dozens.\n\n"
                            + "Mursi supporters attacked police stations and set fire to churches in several provinces, including Minya "
                            + "and Sohag, later in the day.";
        var events = Events(text, "2013-08-14");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Police);
    }

    [Fact]
    public void Later_in_the_day_is_the_day_told_before()
    {
        const string text = "Police cleared the square on Wednesday. Later in the day, crowds burned a church.";
        var (_, ann) = Analysis.Annotate(text, "2013-08-16");
        ann.Times.Count(t => t.Interval == DateInterval.Day(Analysis.Day("2013-08-14"))).ShouldBe(2);
    }

    [Fact]
    public void Deaths_in_a_fire_set_by_looters_are_the_looters_riot()
    {
        const string text = "SANTIAGO, Oct 20 (AP) - Three people died early on Sunday when a supermarket set on fire by looters burned in "
                            + "the southern district of San Bernardo, the mayor said.";
        var riot = Events(text, "2019-10-20").Single();
        riot.Codes.AcledEventType.ShouldBe("Riots");
        riot.Fatalities.ShouldBe(3);
    }

    [Fact]
    public void A_town_s_scene_set_apart_is_no_detail_of_a_province_s_unrest()
    {
        const string text = "JOHANNESBURG, July 14 (Reuters) - Rioters looted shopping centres across KwaZulu-Natal province this week, "
                            + "and 72 people have died, officials said on Wednesday.\n\n"
                            + "In Durban, looters set fire to a warehouse and trucks on a highway.";
        Events(text, "2021-07-14").Count(e => e.Codes.AcledEventType == "Riots").ShouldBe(2);
    }

    [Fact]
    public void Shops_ransacked_in_central_capital_are_in_the_capital()
    {
        const string text = "LILONGWE, July 21 (Reuters) - Protesters marched in Blantyre on Wednesday.\n\n"
                            + "Shops in central Lilongwe were ransacked and several vehicles were burned.";
        Events(text, "2011-07-21").ShouldContain(e => e.Location!.Name == "Lilongwe" && e.Codes.AcledEventType != "Protests");
    }

    [Fact]
    public void Petrol_bombs_thrown_by_a_crowd_are_no_air_strike()
    {
        const string text = "MANILA, Sept 21 (Reuters) - Masked youths threw rocks and petrol bombs at police near a bridge in Manila on "
                            + "Sunday, police said.";
        Events(text, "2025-09-21").ShouldNotContain(e => e.Codes.AcledSubEventType == "Air/drone strike" || e.Summary.Contains("airstrike"));
    }

    [Fact]
    public void Rallies_told_in_the_perfect_with_no_time_are_a_series_not_one_rally()
    {
        const string text = "PHNOM PENH, Jan 3 (Reuters) - Police fired tear gas at striking workers on Friday.\n\n"
                            + "The opposition Cambodia National Rescue Party has backed their demands and has held mass rallies against "
                            + "Prime Minister Hun Sen.";
        Events(text, "2014-01-03").Count(e => e.Codes.AcledEventType == "Protests").ShouldBe(1);
    }

    [Fact]
    public void Soldiers_who_broke_up_a_protest_are_its_other_side_not_its_crowd()
    {
        const string text = "PHNOM PENH, Jan 3 (Reuters) - On Thursday, soldiers armed with batons broke up a protest outside a factory "
                            + "and detained 10 people, including monks.";
        var protest = Events(text, "2014-01-03").Single(e => e.Codes.AcledEventType == "Protests");
        protest.Actor1!.Kind.ShouldBe(ActorKind.Protesters);
        protest.Actor2!.Kind.ShouldBe(ActorKind.StateMilitary);
    }
}
