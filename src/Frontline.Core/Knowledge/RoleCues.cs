using System.Text.Json;
using Frontline.Core.Text;

namespace Frontline.Core.Knowledge;

/// <summary>The "roles" word lists of data/lexicon/cues.json: words that tell who did what to whom.</summary>
public sealed class RoleCues(JsonElement roles)
{
    /// <summary>Verbs of "monitors observed X explosions", "residents heard shelling": their subject saw the event, not made it.</summary>
    public WordSet ObserverVerbs { get; } = Cues.Words(roles, "observer_verbs");

    /// <summary>"in both directions of the frontline", "along the contact line": the fighting was on a front.</summary>
    public PhraseMatcher<bool> FrontLineWords { get; } = Cues.Matcher(roles, "front_line_words");

    /// <summary>What a group has that others attack: "GNA positions", "an IS checkpoint", "army convoys".</summary>
    public WordSet TargetNouns { get; } = Cues.Words(roles, "target_nouns");

    /// <summary>"repelled", "thwarted": the subject stopped someone else's attack.</summary>
    public WordSet RepelVerbs { get; } = Cues.Words(roles, "repel_verbs");

    /// <summary>"the assault", "their attacks": an attack the report has already told.</summary>
    public PhraseMatcher<bool> AttackTold { get; } = Cues.Matcher(roles, "attack_told");

    /// <summary>"an incursion", "a raid": fighting words for an assault by one side, which may fall on civilians.</summary>
    public WordSet OneSidedAssaults { get; } = Cues.Words(roles, "one_sided_assaults");

    /// <summary>"him", "the suspect", "the gunman": the one who did an act the report has already told, as the object of a
    /// state force's shot ("police shot the suspect").</summary>
    public PhraseMatcher<bool> PerpetratorTold { get; } = Cues.Matcher(roles, "perpetrator_told");
}
