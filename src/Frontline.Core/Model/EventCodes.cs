namespace Frontline.Core.Model;

/// <summary>An event frame's codes in the three ontologies (any may be absent: not every event is an ACLED event).</summary>
public sealed record EventCodes(
    string Frame,
    string? AcledEventType,
    string? AcledSubEventType,
    string? Cameo,
    string? PloverType,
    string? PloverMode)
{
    public string? DisorderType => AcledEventType switch
    {
        null => null,
        "Protests" when AcledSubEventType == "Excessive force against protesters" => "Political violence; Demonstrations",
        "Protests" => "Demonstrations",
        "Riots" when AcledSubEventType == "Violent demonstration" => "Demonstrations",
        "Riots" => "Political violence",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    };
}
