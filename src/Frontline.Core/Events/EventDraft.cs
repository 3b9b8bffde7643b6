using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;

namespace Frontline.Core.Events;

/// <summary>An event while it is being assembled and merged; becomes an immutable <see cref="Event"/> at the end.</summary>
public sealed class EventDraft
{
    public required Frame Frame { get; set; }
    public required int SentenceIndex { get; init; }
    public required int Paragraph { get; init; }
    public Actor? Actor1 { get; set; }
    public Actor? Actor2 { get; set; }
    public List<Actor> Associated { get; } = [];
    public Place? Location { get; set; }

    /// <summary>The place was named for this event (not inherited or guessed), so it may anchor a merge.</summary>
    public bool LocationExplicit { get; set; }

    public required DateInterval Date { get; set; }

    /// <summary>The date came from a time expression of this sentence, not from context or the default.</summary>
    public bool DateExplicit { get; set; }

    public int? Fatalities { get; set; }
    public Quantity? Quantity { get; set; }
    public Modality Modality { get; set; }
    public List<string> Sources { get; } = [];
    public List<TextSpan> Evidence { get; } = [];

    /// <summary>The victims are fighters, so a killing is a battle (ACLED: armed actors on both sides).</summary>
    public bool VictimsArmed { get; set; }

    /// <summary>"These strikes ...": the trigger refers back to an event already told.</summary>
    public bool Anaphoric { get; init; }
}
