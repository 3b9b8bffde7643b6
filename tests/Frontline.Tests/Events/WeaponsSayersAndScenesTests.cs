using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Who fired a weapon named as a sentence's subject, who only says what happened, a capital that stands for its
/// government, an unnamed village placed in a country, a gathering a crowd's violence came after, a denial told with
/// "not a" or "none of its". Texts written for these tests.</summary>
public class WeaponsSayersAndScenesTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Who_fired_a_weapon_that_opens_the_sentence_did_what_the_weapon_did()
    {
        const string text = "VILNIUS, May 3 (Reuters) - A rocket that killed three farmers in a Lithuanian village on Tuesday was fired by "
                            + "Belarusian troops during a barrage of artillery, officials said.";
        var strike = Events(text, "2025-05-03").Single();
        strike.Actor1!.Name.ShouldBe("Military Forces of Belarus");
        strike.Fatalities.ShouldBe(3);
    }

    [Fact]
    public void A_weapon_said_to_be_a_forces_was_fired_by_it()
    {
        const string text = "Lithuania says stray drone was probably from Belarusian army\n\n"
                            + "VILNIUS, June 9 (Reuters) - A drone hit a fuel depot near Kaunas on Sunday, setting it on fire, officials said.";
        var strike = Events(text, "2025-06-09").Single();
        strike.Actor1!.Name.ShouldBe("Military Forces of Belarus");
    }

    [Fact]
    public void Air_defences_of_a_country_are_its_military()
    {
        const string text = "DAMASCUS, Feb 7 (Reuters) - Syrian air defences intercepted several missiles over the capital on Monday, state media said.";
        Events(text, "2022-02-07").Single().Actor1!.Name.ShouldBe("Military Forces of Syria");
    }

    [Fact]
    public void Who_says_what_a_headline_tells_did_not_do_it()
    {
        const string text = "Latvia says stray missile hit warehouse near Daugavpils\n\n"
                            + "RIGA, Sept 4 (Reuters) - Officials were investigating on Thursday.";
        Events(text, "2025-09-04").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Latvia");
    }

    [Fact]
    public void A_capital_owning_a_states_claim_is_no_scene_and_no_country_of_the_soldiers()
    {
        const string text = "GEORGETOWN, March 2 (Reuters) - Four soldiers were wounded on Friday when gunmen fired on a military patrol "
                            + "near the border with Venezuela, amid tensions over Caracas's claim to the region, the army said.";
        var attack = Events(text, "2024-03-02").Single();
        attack.Location!.CountryIso2.ShouldBe("GY");
        attack.Actor2!.Name.ShouldBe("Military Forces of Guyana");
    }

    [Fact]
    public void An_unnamed_village_of_a_country_places_the_act_in_that_country()
    {
        const string text = "BEIRUT, Jan 14 (Reuters) - A shell killed two shepherds in a Lebanese border village on Sunday, the army said.";
        var shelling = Events(text, "2024-01-14").Single();
        shelling.Location!.CountryIso2.ShouldBe("LB");
        shelling.Location.Precision.ShouldBe(PlacePrecision.Country);
    }

    [Fact]
    public void A_rally_a_crowds_violence_came_after_is_that_violence_not_a_protest_of_its_own()
    {
        const string text = "DUBLIN, Nov 24 (Reuters) - Hundreds of people attacked shops and burned cars in Dublin late on Thursday after an "
                            + "anti-immigration rally, police said.";
        var riot = Events(text, "2023-11-24").Single();
        riot.Codes.AcledEventType.ShouldBe("Riots");
    }

    [Theory]
    [InlineData("The ministry said it was not a drone attack.")]
    [InlineData("The ministry said none of its drones had struck the city.")]
    public void An_act_told_as_not_done_is_no_asserted_event(string sentence)
    {
        var text = "KYIV, Aug 2 (Reuters) - " + sentence;
        Events(text, "2025-08-02").ShouldNotContain(e => e.Modality == Modality.Asserted && e.Codes.AcledEventType != null);
    }
}
