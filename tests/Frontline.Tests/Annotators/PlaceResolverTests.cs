using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;

namespace Frontline.Tests.Annotators;

/// <summary>How sure the resolver is of a province: by its own name, sure; by sound, only as sure as the text makes it.</summary>
public class PlaceResolverTests
{
    private static readonly PlaceResolver Resolver = new(KnowledgeBase.Default.Gazetteer);

    private static PlaceContext In(string iso2)
    {
        var context = new PlaceContext();
        context.Countries.Add(iso2);
        context.NamedCountries.Add(iso2);
        return context;
    }

    [Fact]
    public void A_province_read_by_sound_is_not_sure()
    {
        // "the Centers for Disease Control" in a report from Zambia: Zambia has a Central province.
        var r = Resolver.Resolve("Control", In("ZM")).ShouldNotBeNull();
        r.Best.Name.ShouldBe("Central");
        r.Strong.ShouldBeFalse();
        r.Exact.ShouldBeFalse();
    }

    [Fact]
    public void A_province_by_its_own_name_is_sure()
    {
        var r = Resolver.Resolve("Central", In("ZM")).ShouldNotBeNull();
        r.Best.Precision.ShouldBe(PlacePrecision.Admin1);
        r.Strong.ShouldBeTrue();
        r.Exact.ShouldBeTrue();
    }

    [Fact]
    public void A_town_abroad_by_another_of_its_names_yields_to_a_province_the_world_knows_by_that_name()
    {
        // Floridablanca in Colombia is also written "Florida"; in a report from Brazil, "Florida" is the US state.
        var r = Resolver.Resolve("Florida", In("BR")).ShouldNotBeNull();
        r.Best.Precision.ShouldBe(PlacePrecision.Admin1);
        r.Best.CountryIso2.ShouldBe("US");
        // A province abroad of no such size stays unread in a report that names its country: Salah al-Din is Iraq's.
        Resolver.Resolve("Salah al-Din", In("LY"))?.Best.CountryIso2.ShouldNotBe("IQ");
    }

    [Fact]
    public void A_short_name_read_by_sound_is_no_district_of_another_province()
    {
        // Kebbi's "Maga" (missing from the built-in gazetteer) is not Jigawa's Miga district, a vowel away.
        var context = In("NG");
        context.Admin1Codes.Add(Resolver.Resolve("Kebbi", In("NG"), UnitHint.Admin1).ShouldNotBeNull().Best.Admin1Code!);
        Resolver.Resolve("Maga", context)?.Best.Name.ShouldNotBe("Miga");
    }

    [Fact]
    public void A_short_name_the_text_calls_a_district_may_be_read_by_sound()
    {
        Resolver.Resolve("Rajouri", In("IN"), UnitHint.Admin2).ShouldNotBeNull().Best.Precision.ShouldBe(PlacePrecision.Admin2);
    }
}

