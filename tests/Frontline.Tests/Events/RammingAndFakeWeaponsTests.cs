namespace Frontline.Tests.Events;

/// <summary>A vehicle driven into a crowd, and weapons that were fakes. Texts written for these tests.</summary>
public class RammingAndFakeWeaponsTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_van_ploughed_into_crowds_is_an_attack_on_them_not_their_riot()
    {
        const string text = "NICE, July 15 (Reuters) - A driver ploughed a truck into crowds on the Promenade des Anglais in Nice on Thursday "
                            + "night, killing 84 people and injuring about 200, in what French authorities called a terrorist attack.";
        var attack = Events(text, "2016-07-15").Single();
        attack.Codes.AcledEventType.ShouldBe("Violence against civilians");
        attack.Codes.AcledSubEventType.ShouldBe("Attack");
    }

    [Fact]
    public void Fake_explosive_belts_make_no_suicide_bombing()
    {
        const string text = "LONDON, June 4 (Reuters) - Police shot dead three men who had driven a van into pedestrians on London Bridge and "
                            + "wore fake explosive belts, officials said.";
        Events(text, "2017-06-04").ShouldNotContain(e => e.Codes.AcledSubEventType == "Suicide bomb");
    }
}
