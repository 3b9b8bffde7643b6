namespace Frontline.Tests.Events;

/// <summary>Deaths that are no one's act (a disaster, an accident, a disease) are no political violence; the same
/// sentence with an author, or with a strike in it, still is.</summary>
public class NaturalCauseTests
{
    [Theory]
    [InlineData("An earthquake killed 8 people in Hatay on Monday.")]
    [InlineData("Three people died when their bus crashed near Kandahar on Monday.")]
    [InlineData("Floods killed at least 40 people in Maiduguri last week, officials said.")]
    [InlineData("Cholera has killed 12 children in Aden since Sunday.")]
    [InlineData("Heavy floods hit parts of Khartoum on Friday, and the death toll climbed to 66.")]
    [InlineData("Six people were killed when a chemical plant exploded in Kharkiv on Thursday.")]
    [InlineData("Two large explosions hit the port of Beirut on Tuesday. They were reportedly caused by ammonium nitrate stored in a warehouse.")]
    [InlineData("Nepal Earthquake Death Toll Crosses 2,200.")]
    [InlineData("After torrential rains in southern Iran, the military forces mobilized to help people trapped in flooded areas.")]
    [InlineData("Floods triggered by torrential rain hit Kerala on Saturday. Some 6,800 people fled to temporary shelters.")]
    [InlineData("Sixty-seven people sought medical attention after a chemical spill at a plant released a noxious cloud in Arizona.")]
    [InlineData("At least 10 people died in Kano after consuming a drink containing toxins, officials said.")]
    [InlineData("The tanker, carrying about a million barrels of crude, was struck by a bulk carrier off Fujairah on Sunday.")]
    [InlineData("Heavy rainfall led to the discharge of excess water from the Valmikinagar barrage in West Champaran, flooding parts of Bihar.")]
    [InlineData("Scores died in the disaster, triggered by torrential rain. The military has taken up the grim task of putting corpses into body bags in Kerala.")]
    [InlineData("Authorities are evacuating residents within 3 km of the blast site in Tianjin, after toxic sodium cyanide was found near the blast site.")]
    public void A_disaster_or_an_accident_is_no_event(string text)
    {
        Analysis.Run(text, "2024-03-05").Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Gunmen killed 5 villagers fleeing the floods in Borno on Monday.", "Violence against civilians")]
    [InlineData("Floods hit the camp, and an airstrike killed 4 people in Idlib on Monday.", "Explosions/Remote violence")]
    [InlineData("A bomb exploded at a chemical plant in Kharkiv on Thursday, killing six people.", "Explosions/Remote violence")]
    [InlineData("Militants fired rockets at Sderot on Tuesday, killing two people. Fires broke out in a warehouse.", "Explosions/Remote violence")]
    [InlineData("Police fired tear gas and killed 2 protesters in Khartoum on Monday.", "Protests")]
    [InlineData("A chemical attack killed at least 40 civilians in Douma on Saturday. Toxic gas was released over the town.", "Explosions/Remote violence")]
    [InlineData("Russia fired a barrage of missiles at Kyiv on Monday, killing three people.", "Explosions/Remote violence")]
    public void Violence_beside_a_disaster_is_still_coded(string text, string type)
    {
        Analysis.Run(text, "2024-03-05").Events.ShouldContain(e => e.Codes.AcledEventType == type && e.Fatalities > 0);
    }

    [Theory]
    [InlineData("Stocks crashed in London on Monday as markets attacked the plan.")]
    [InlineData("The United States unveiled sanctions targeting 10 officials in Caracas on Thursday.")]
    [InlineData("The United States unveiled fresh sanctions against the government of President Maduro, targeting 10 officials.")]
    [InlineData("The United States unveiled sanctions against the government of President Maduro, targeting 10 officials over alleged corruption.")]
    [InlineData("The US will freeze $1 billion in assets unless the junta relinquishes power and releases the detained leaders.")]
    [InlineData("Washington imposed new sanctions aimed at halting North Korea's missile development programs.")]
    [InlineData("The government declared an emergency in Sonora, giving authorities the power to evacuate people and take control of services.")]
    [InlineData("Sanctions on Iran were reported by the Associated Press website, taken over by local media on Monday.")]
    public void A_verb_of_violence_used_figuratively_is_no_event(string text)
    {
        Analysis.Run(text, "2024-03-05").Events.ShouldNotContain(e => e.Codes.AcledEventType != null && e.Codes.AcledEventType != "Strategic developments");
    }

    [Fact]
    public void A_hunger_or_general_strike_is_a_protest_not_an_air_strike()
    {
        var events = Analysis.Run("On 29 April 2020, teachers went on a hunger strike in Sulaymaniyah, and a general strike closed shops in Erbil.", "2020-04-30").Events;
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.Codes.AcledEventType == "Protests");
    }
}
