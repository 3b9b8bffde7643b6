using Frontline.Core.Model;

namespace Frontline.Tests.Annotators;

public class TriggerAnnotatorTests
{
    private static string[] Frames(string text) => Analysis.Annotate(text).Ann.Triggers.Select(t => t.Entry.Frame.Name).ToArray();

    [Theory]
    [InlineData("Rebels captured the town of Kidal.", "capture")]
    [InlineData("Rebels took control of the town.", "capture")]
    [InlineData("The army withdrew from the town.", "withdraw")]
    [InlineData("Airstrikes hit the market.", "airstrike")]
    [InlineData("A drone strike hit the convoy.", "drone_strike")]
    [InlineData("Troops shelled the village.", "shelling")]
    [InlineData("Fighters clashed near the border.", "clash")]
    [InlineData("Gunmen killed three farmers.", "kill")]
    [InlineData("Thousands of troops were deployed to the border.", "deploy")]
    [InlineData("The minister visited the capital.", "visit")]
    [InlineData("The group called for a ceasefire.", "appeal")]
    [InlineData("Thousands of residents fled.", "flee")]
    [InlineData("Students protested against the decree.", "protest")]
    [InlineData("Police arrested the journalist.", "arrest")]
    [InlineData("Youths hurled rocks and firecrackers at soldiers in Tripoli.", "riot")]
    public void Lexicon_words_trigger_their_frame(string text, string frame)
    {
        Frames(text).ShouldContain(frame);
    }

    /// <summary>A verb's bare form after a determiner or a past form is its noun ("lost control", "their control");
    /// what is captured is ground: a name or a word for a place, not services or a person's car.</summary>
    [Theory]
    [InlineData("His car lost control on an icy road near Ardrishaig.")]
    [InlineData("The town has been under their control since May.")]
    [InlineData("The decree gives authorities the power to take control of services.")]
    [InlineData("The driver lost control of his car near Kabul.")]
    public void Control_of_no_ground_is_no_capture(string text)
    {
        Frames(text).ShouldNotContain("capture");
    }

    /// <summary>Only a participle looks back for its object; a flight that describes people is no event.</summary>
    [Theory]
    [InlineData("Congolese soldiers were seen handing over their weapons to peacekeepers.", "release")]
    [InlineData("The camp shelters around 450,000 people who fled earlier fighting.", "flee")]
    [InlineData("Aid reached families who had fled the town.", "flee")]
    public void Words_that_only_describe_are_no_trigger(string text, string frame)
    {
        Frames(text).ShouldNotContain(frame);
    }

    [Fact]
    public void A_participle_finds_its_object_before_it()
    {
        Frames("Twelve hostages were released by the militia.").ShouldContain("release");
        // Hostages named are people; taking them is the act.
        Frames("Twelve hostages were released by the militia.").ShouldNotContain("abduction");
        Frames("Gunmen stormed a bus, taking more than 40 passengers hostage.").ShouldContain("abduction");
        // The harm a town is guarded against is no event.
        Frames("Residents dug trenches to protect the town from attacks.").ShouldNotContain("attack");
        // "Control" of "the Line of Control" ends a name; it is no act of control.
        Frames("Troops fired artillery across the Line of Control on Wednesday.").ShouldNotContain("capture");
    }

    [Fact]
    public void An_infinitive_of_purpose_is_not_an_event()
    {
        Frames("The group is calling for a corridor to allow civilians to safely escape.").ShouldBe(["appeal"]);
    }

    [Fact]
    public void Expected_to_makes_a_planned_event()
    {
        var (_, ann) = Analysis.Annotate("Fighters were expected to attack the town.");
        ann.Triggers.Single().Modality.ShouldBe(Modality.Planned);
    }

    [Fact]
    public void Reportedly_makes_a_claimed_event()
    {
        var (_, ann) = Analysis.Annotate("Troops reportedly shelled the village.");
        ann.Triggers.Single().Modality.ShouldBe(Modality.Claimed);
    }

    [Fact]
    public void Words_inside_names_are_not_triggers()
    {
        Frames("The Popular Mobilization Forces issued a statement.").ShouldBeEmpty();
    }

    [Fact]
    public void A_month_in_a_date_is_no_march()
    {
        Frames("On 1 March 2020, rebels captured the town of Kidal.").ShouldBe(["capture"]);
        Frames("Thousands joined the march in Khartoum on 3 March.").ShouldContain("protest");
    }

    [Fact]
    public void A_protest_movement_or_leader_is_no_protest()
    {
        Frames("The office was closed last year by the popular protest movement.").ShouldNotContain("protest");
        Frames("Police arrested two protest leaders in Baghdad.").ShouldBe(["arrest"]);
    }

    [Fact]
    public void The_means_of_a_violent_act_is_no_act_of_its_own()
    {
        Frames("Gunmen shot and killed two civilians in al-Bab using small arms fire.").ShouldNotContain("clash");
        Frames("Rebels destroyed an army bulldozer near Saraqib using guided missiles.").ShouldContain("shelling");
    }

    [Fact]
    public void Goods_seized_are_not_territory_captured()
    {
        Frames("Federal police seized about 3 tons of marijuana during an operation.").ShouldNotContain("capture");
    }

    [Fact]
    public void Negated_deaths_are_not_killings()
    {
        Frames("Neither injuries nor fatalities were reported, and no one was killed.").ShouldNotContain("kill");
    }

    [Fact]
    public void Managed_to_capture_is_a_capture_done()
    {
        var (_, ann) = Analysis.Annotate("HTS managed to capture the village of Kafr Nabl.");
        ann.Triggers.Single().Modality.ShouldBe(Modality.Asserted);
    }

    [Fact]
    public void Motion_verbs_need_a_place()
    {
        Frames("The agreement entered into force.").ShouldBeEmpty();
    }
}
