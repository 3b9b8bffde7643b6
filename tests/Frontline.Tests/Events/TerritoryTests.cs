namespace Frontline.Tests.Events;

/// <summary>Ground changing hands: taken by force or unopposed, withdrawn from, driven out of; and what is no place it
/// changed hands at (a patron, a sea), or no capture that happened (one only planned).</summary>
public class TerritoryTests
{
    [Theory]
    [InlineData("US forces withdrew from a key base near Kobani on Monday.", "Change to group/activity")]
    [InlineData("Kurdish forces withdrew from Manbij on Monday, and the town was transferred to government forces.", "Non-violent transfer of territory")]
    public void A_withdrawal_transfers_ground_only_when_the_text_says_it_passed(string text, string subType)
    {
        Analysis.FirstSubType(text).ShouldBe(subType);
    }

    /// <summary>A verb's bare form after an article is its noun; the nouns of taking ground still take it.</summary>
    [Theory]
    [InlineData("Militias moved in to counter a sudden insurgent offensive that saw the capture of Aleppo on Friday.", "Aleppo")]
    [InlineData("The army announced the recapture of Saraqib on Monday.", "Sarāqib")]
    public void The_capture_of_a_town_takes_it(string text, string town)
    {
        var analysis = Analysis.Run(text, "2024-03-05");
        analysis.Events.ShouldContain(e => e.Codes.AcledEventType == "Battles" && e.Codes.AcledSubEventType!.EndsWith("territory", StringComparison.Ordinal));
        analysis.ControlChanges.ShouldContain(c => c.Location.Name == town);
    }

    [Fact]
    public void A_fight_that_happened_is_not_more_of_a_capture_only_planned()
    {
        var events = Analysis.Run("Saudi-led forces intended to take control of Haylan Mountain in Marib province on Monday, but the Houthis pushed " +
                                  "them back. Dozens of fighters were killed during heavy clashes.", "2024-03-05").Events;
        events[0].Codes.AcledSubEventType.ShouldBe("Armed clash");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory" && e.Modality == Frontline.Core.Model.Modality.Asserted);
    }

    /// <summary>"drove the ISIL fighters out of": the name in the verb's slot is whom they drove out, never the author.</summary>
    [Theory]
    [InlineData("Army units drove the ISIL terrorists out of key areas in Homs province on Monday.")]
    [InlineData("Somali government forces pushed al-Shabab militants out of fresh areas in Lower Shabelle on Monday.")]
    public void Those_driven_out_are_the_other_side(string text)
    {
        var e = Analysis.Run(text, "2024-03-05").Events[0];
        e.Codes.AcledSubEventType.ShouldBe("Government regains territory");
        e.Actor1.ShouldNotBeNull().Kind.ShouldBe(Frontline.Core.Model.ActorKind.StateMilitary);
    }

    /// <summary>A state's forces regaining ground at home are coded so even when the text names a patron ("Iran-backed")
    /// or a sea that is also a province elsewhere: neither is where the event happened.</summary>
    [Theory]
    [InlineData("Yemeni government forces recaptured new areas in Radman district after heavy clashes with the Iran-backed Houthi militia on Monday.")]
    [InlineData("Yemeni government forces captured the port of Mokha on Monday as they pushed to oust Houthi rebels from the Red Sea coastline.")]
    public void A_patron_or_a_sea_is_not_where_ground_was_taken(string text)
    {
        var e = Analysis.Run(text, "2024-03-05").Events[0];
        e.Codes.AcledSubEventType.ShouldBe("Government regains territory");
        e.Location.ShouldNotBeNull().CountryIso2.ShouldBe("YE");
    }

    /// <summary>Ground taken with no fight is a non-violent transfer (ACLED); with a fight, or when the loser's
    /// withdrawal is only told after the capture, it stays a capture; a state regaining ground keeps ACLED's
    /// government-regains coding either way.</summary>
    [Theory]
    [InlineData("Al-Shabaab militants seized Bulo Burte on Monday after the army pulled out of the town.", "Non-violent transfer of territory")]
    [InlineData("Islamic State fighters entered Sirte on Monday without resistance.", "Non-violent transfer of territory")]
    [InlineData("M23 rebels entered Bukavu on Sunday without meeting resistance.", "Non-violent transfer of territory")]
    [InlineData("Rebels took control of Sake on Monday. The rebels seized the town following the withdrawal of the police.", "Non-violent transfer of territory")]
    [InlineData("Al-Shabaab militants seized Bulo Burte on Monday after heavy clashes forced the army to pull out of the town.", "Non-state actor overtakes territory")]
    [InlineData("Rebels captured Tel Rifaat from Kurdish forces on Monday. The Kurdish forces have withdrawn from the area.", "Non-state actor overtakes territory")]
    [InlineData("Government forces regained control of Sake on Monday after the withdrawal of the rebels from the town.", "Government regains territory")]
    public void Ground_taken_without_a_fight_is_a_transfer(string text, string subType)
    {
        var events = Analysis.Run(text, "2024-03-05").Events;
        events[0].Codes.AcledSubEventType.ShouldBe(subType);
        // The withdrawal that made the transfer is the transfer, not a second event.
        if (subType == "Non-violent transfer of territory") events.Count.ShouldBe(1);
    }

    /// <summary>"lost control of X to Y": Y took X from the side that lost it.</summary>
    [Fact]
    public void Ground_lost_to_a_side_is_taken_by_that_side()
    {
        var e = Analysis.Run("Government forces lost control of Kidal to the rebels on Monday.", "2024-03-05").Events.Single();
        e.Codes.AcledSubEventType.ShouldBe("Non-state actor overtakes territory");
        e.Actor1.ShouldNotBeNull().Kind.ShouldBe(Frontline.Core.Model.ActorKind.Rebel);
        e.Actor2.ShouldNotBeNull().Kind.ShouldBe(Frontline.Core.Model.ActorKind.StateMilitary);
    }
}
