namespace Frontline.Tests.Events;

/// <summary>A military press release's wording (a dated dateline with a colon, "khwarij", "sent to hell", "embraced
/// shahadat"), counts past an unhyphenated modifier, and victims who bear the act's marks. Texts written for these tests.</summary>
public class ReleasesKhwarijAndTortureTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_release_s_dated_dateline_with_a_colon_leaves_its_first_paragraph_the_lead()
    {
        var fight = Events("RAWALPINDI, 3 March 2025: Security Forces conducted an operation in Datta Khel, North Waziristan District.\n\n"
                           + "During the operation, troops engaged the militants and after an intense exchange of fire, six militants were "
                           + "killed.", "2025-03-04").ShouldHaveSingleItem();
        fight.Location!.Admin1.ShouldBe("Khyber Pakhtunkhwa");
    }

    [Fact]
    public void Khwarij_sent_to_hell_are_the_fight_s_dead()
    {
        var fight = Events("Troops engaged the khwarij near Bannu on Monday and after an exchange of fire, five Indian sponsored khwarij were "
                           + "sent to hell, the military said.", "2025-03-04").ShouldHaveSingleItem();
        fight.Fatalities.ShouldBe(5);
    }

    [Fact]
    public void Fitna_al_Khwarij_is_the_pakistani_taliban()
    {
        var (_, ann) = Analysis.Annotate("Security forces killed members of Fitna al Khwarij near Bannu on Monday.", "2025-03-04");
        ann.Actors.ShouldContain(a => a.Actor != null && a.Actor.Name == "Tehrik-i-Taliban Pakistan");
    }

    [Fact]
    public void Soldiers_who_embraced_shahadat_were_killed()
    {
        Events("Two soldiers embraced shahadat when militants attacked a checkpost near Tank on Monday, the military said.", "2025-03-04")
            .ShouldHaveSingleItem().Fatalities.ShouldBe(2);
    }

    [Fact]
    public void Victims_who_showed_signs_of_torture_did_not_torture()
    {
        var killing = Events("Three men were found shot dead near Culiacan on Monday. The victims had their hands tied and showed signs of "
                             + "torture.", "2025-02-18").ShouldHaveSingleItem();
        killing.Codes.AcledEventType.ShouldBe("Violence against civilians");
        killing.Actor1!.Kind.ShouldNotBe(Core.Model.ActorKind.Rioters);
    }
}
