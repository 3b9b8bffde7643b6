using Frontline.Core.Model;

namespace Frontline.Tests.Events;

public class RelationTests
{
    private static (string Patron, string Client)[] Backing(string text) =>
        Analysis.Run(text).Relations.Where(r => r.Type == RelationType.Backs).Select(r => (r.Patron.Name, r.Client.Name)).ToArray();

    [Fact]
    public void X_backed_Y()
    {
        Backing("Iranian-backed Iraqi militias entered Syria.").ShouldBe([("Iran", "Iranian-backed Iraqi militias")]);
    }

    [Fact]
    public void Y_supported_by_X()
    {
        Backing("Rebels captured the town from Kurdish forces supported by the U.S. The Syrian Democratic Forces withdrew.")
            .ShouldContain(("United States", "Syrian Democratic Forces"));
    }

    [Fact]
    public void X_a_key_supporter_of_Y_prefers_the_rebels_that_patron_backs()
    {
        Backing("Araghchi traveled to Ankara, Turkey, a key supporter of the rebels. Turkish-backed rebels captured Tel Rifaat.")
            .ShouldBe([("Türkiye", "Turkish-backed rebels")]);
    }

    [Fact]
    public void X_has_been_a_principal_ally_of_Y()
    {
        Backing("Iran has been a principal ally of Assad's government since 2011.").ShouldBe([("Iran", "Government of Syria")]);
    }

    [Fact]
    public void Possessive_backing_of()
    {
        Backing("He reaffirmed Iran's full backing of the Syrian government.").ShouldBe([("Iran", "Government of Syria")]);
    }

    [Fact]
    public void One_pair_stated_twice_is_one_relation_with_two_evidence_spans()
    {
        var relations = Analysis.Run("Iran reaffirmed Iran's full backing of the Syrian government. Iran has been a principal ally of Assad's government.").Relations;
        relations.ShouldHaveSingleItem().Evidence.Count.ShouldBe(2);
    }

    [Fact]
    public void Support_from_a_patron_reaches_the_clients_events()
    {
        var e = Analysis.Run("Turkish-backed rebels captured Tel Rifaat in Syria.").Events.Single();
        e.Actor1!.Backers.ShouldBe(["TUR"]);
    }
}
