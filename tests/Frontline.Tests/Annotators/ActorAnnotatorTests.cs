using Frontline.Core.Annotators;
using Frontline.Core.Model;

namespace Frontline.Tests.Annotators;

public class ActorAnnotatorTests
{
    private static ActorMention Mention(string text, string surface)
    {
        var (doc, ann) = Analysis.Annotate(text);
        return ann.Actors.Single(a => doc.TextOf(a.Range.First, a.Range.End) == surface);
    }

    [Theory]
    [InlineData("Syrian jets struck the town.", "Syrian jets", "Military Forces of Syria")]
    [InlineData("Russian warplanes bombed the area.", "Russian warplanes", "Military Forces of Russia")]
    [InlineData("Ukrainian forces withdrew.", "Ukrainian forces", "Military Forces of Ukraine")]
    [InlineData("Sudanese police arrested him.", "Sudanese police", "Police Forces of Sudan")]
    [InlineData("The Syrian government condemned it.", "Syrian government", "Government of Syria")]
    [InlineData("Israel's military struck Rafah.", "Israel's military", "Military Forces of Israel")]
    public void Demonym_and_force_noun_name_a_state_force(string text, string surface, string name)
    {
        Mention(text, surface).Actor!.Name.ShouldBe(name);
    }

    [Fact]
    public void Official_by_title_acts_for_the_government_and_is_noted()
    {
        var m = Mention("Iranian Foreign Minister Abbas Araghchi visited Damascus.", "Iranian Foreign Minister Abbas Araghchi");
        m.Actor!.Name.ShouldBe("Government of Iran");
        m.Actor.Person.ShouldBe("Abbas Araghchi");
    }

    [Fact]
    public void A_surname_seen_with_a_title_is_the_same_official_later()
    {
        var (_, ann) = Analysis.Annotate("Qatari Foreign Minister Khalid Mansour arrived. Mansour then met the envoy.");
        ann.Actors.Count(a => a.Actor?.Name == "Government of Qatar").ShouldBe(2);
    }

    [Fact]
    public void Patron_prefix_is_kept_as_backer()
    {
        var m = Mention("Iranian-backed Iraqi militias moved into Syria.", "Iraqi militias");
        m.Actor!.Country3.ShouldBe("IRQ");
        m.Actor.Backers.ShouldBe(["IRN"]);
    }

    [Fact]
    public void Backed_by_after_the_mention_is_a_backer()
    {
        var m = Mention("M23 rebels, backed by Rwanda, captured the town.", "M23 rebels");
        m.Actor!.Name.ShouldBe("M23");
        m.Actor.Backers.ShouldContain("RWA");
    }

    [Fact]
    public void Generic_mention_links_to_the_group_that_leads()
    {
        var m = Mention("Insurgents led by the jihadist group Hayat Tahrir al-Sham launched an assault.", "Insurgents");
        m.Actor!.Name.ShouldBe("Hayat Tahrir al-Sham");
    }

    [Fact]
    public void Ethnic_forces_resolve_to_the_named_group_of_that_ethnicity()
    {
        var (doc, ann) = Analysis.Annotate("Rebels captured the town from Kurdish forces. The Syrian Democratic Forces withdrew.");
        ann.Actors.Single(a => doc.TextOf(a.Range.First, a.Range.End) == "Kurdish forces").Actor!.Name.ShouldBe("Syrian Democratic Forces");
    }

    [Fact]
    public void Coordinated_demonyms_give_partner_actors()
    {
        var m = Mention("Syrian and Russian airstrikes targeted rebel positions.", "Syrian and Russian airstrikes");
        m.Actor!.Name.ShouldBe("Military Forces of Syria");
        m.Partners.Single().Actor!.Name.ShouldBe("Military Forces of Russia");
    }

    [Fact]
    public void Acronym_matches_only_in_capitals()
    {
        var (_, ann) = Analysis.Annotate("What is left is rubble. IS fighters attacked a checkpoint.");
        ann.Actors.Count(a => a.Actor?.Name == "Islamic State").ShouldBe(1);
    }

    [Fact]
    public void Gunmen_stay_an_unidentified_armed_group()
    {
        var (_, ann) = Analysis.Annotate("Gunmen abducted 15 students in Borno State. Boko Haram denied involvement.");
        ann.Actors.First().Actor!.Kind.ShouldBe(ActorKind.Unidentified);
    }

    [Fact]
    public void A_wire_dateline_names_no_actor()
    {
        var (doc, ann) = Analysis.Annotate("KYIV, Ukraine (AP) — Russian forces shelled Kherson overnight, officials said.");
        doc.DatelineEnd.ShouldBe(7);
        ann.Actors.ShouldAllBe(a => a.Range.First >= doc.DatelineEnd);
    }

    [Fact]
    public void A_state_force_named_by_its_own_name_is_that_state()
    {
        Mention("The Syrian Arab Army retook the village.", "Syrian Arab Army").Actor!.Name.ShouldBe("Military Forces of Syria");
    }
}
