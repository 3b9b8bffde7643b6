using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Three full-length wire reports written for development (tests/Fixtures): the events an analyst would code
/// are found, and the rest of the report (tolls to date, tallies, motives, countries named in passing, diplomacy,
/// background) adds at most two asserted events beyond them (measured: 2, 1 and 1 more; the bound catches a
/// regression of precision on full reports).</summary>
public class FullReportTests
{
    private static readonly string[] Coded = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests", "Strategic developments"];

    private static IReadOnlyList<Event> Events(string fixture, string published) =>
        Analysis.Run(File.ReadAllText(Analysis.FixturePath(fixture)), published).Events;

    private static int CodedAsserted(IReadOnlyList<Event> events) =>
        events.Count(e => Coded.Contains(e.Codes.AcledEventType) && e.Modality is Modality.Asserted or Modality.Claimed);

    [Fact]
    public void The_fall_of_Goma()
    {
        var events = Events("goma-offensive.txt", "2025-01-29");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory" && e.Actor1!.Name == "M23" && e.Location!.Name == "Goma");
        events.ShouldContain(e => e.Codes.AcledEventType == "Battles" && e.Fatalities == 17);
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Violent demonstration" && e.Location!.Name == "Kinshasa");
        events.ShouldAllBe(e => e.Location == null || e.Location.CountryIso2 == "CD");
        CodedAsserted(events).ShouldBeLessThanOrEqualTo(3 + 2);
    }

    [Fact]
    public void The_siege_of_El_Fasher()
    {
        var events = Events("el-fasher-siege.txt", "2025-05-05");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Shelling/artillery/missile attack" && e.Actor1!.Name == "Rapid Support Forces" && e.Fatalities == 40);
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Armed clash" && e.Fatalities == 12 && e.Modality == Modality.Asserted);
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Protest with intervention" && e.Location!.Name == "Khartoum");
        events.ShouldNotContain(e => e.Fatalities >= 1000);
        CodedAsserted(events).ShouldBeLessThanOrEqualTo(3 + 2);
    }

    [Fact]
    public void Overnight_strikes_on_Kharkiv()
    {
        var events = Events("kharkiv-overnight-strikes.txt", "2025-06-12");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Air/drone strike" && e.Actor1!.Name == "Military Forces of Russia" && e.Location!.Name == "Kharkiv" && e.Fatalities == 3);
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory" && e.Actor1!.Name == "Military Forces of Russia");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Air/drone strike" && e.Location!.CountryIso2 == "RU" && e.Fatalities == 1);
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Disrupted weapons use");
        CodedAsserted(events).ShouldBeLessThanOrEqualTo(4 + 2);
    }
}
