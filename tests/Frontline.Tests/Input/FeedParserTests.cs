using Frontline.Core.Input;

namespace Frontline.Tests.Input;

/// <summary>RSS and Atom files saved on disk: one article per item, HTML removed, dates from the feed, clear errors.</summary>
public class FeedParserTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>d</description>
          <item>
            <title>Strike on a depot</title>
            <link>https://wire.example/a</link>
            <guid>https://wire.example/a</guid>
            <pubDate>Tue, 08 Apr 2025 09:30:00 GMT</pubDate>
            <description><![CDATA[<p>Drones struck a fuel depot on <b>Monday</b>, killing two workers &amp; injuring five.</p><p>Second paragraph.</p>]]></description>
          </item>
          <item>
            <title>No date here</title>
            <link>https://wire.example/b</link>
            <description>Gunmen attacked a village.</description>
          </item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2025-04-10T08:00:00Z</updated>
          <entry><title>Protest dispersed</title><id>urn:desk:1</id><link href="https://desk.example/1"/>
            <published>2025-04-10T07:00:00Z</published><updated>2025-04-10T07:30:00Z</updated>
            <content type="html">&lt;p&gt;Police fired tear gas at protesters on Wednesday.&lt;/p&gt;</content></entry>
        </feed>
        """;

    [Fact]
    public void An_rss_item_becomes_an_article_with_its_title_plain_text_link_and_date()
    {
        var a = FeedParser.Parse(Rss, "wire.rss", new DateOnly(2025, 4, 9))[0];
        a.Id.ShouldBe("https://wire.example/a");
        a.Url.ShouldBe("https://wire.example/a");
        a.Published.ShouldBe(new DateOnly(2025, 4, 8));
        a.Title.ShouldBe("Strike on a depot");
        a.Text.ShouldBe("Strike on a depot\n\nDrones struck a fuel depot on Monday, killing two workers & injuring five.\nSecond paragraph.");
    }

    [Fact]
    public void An_item_without_a_date_takes_the_default_date()
    {
        FeedParser.Parse(Rss, "wire.rss", new DateOnly(2025, 4, 9))[1].Published.ShouldBe(new DateOnly(2025, 4, 9));
    }

    [Fact]
    public void An_item_without_a_date_and_no_default_is_an_error_naming_the_feed_and_item()
    {
        var e = Should.Throw<InputException>(() => FeedParser.Parse(Rss, "wire.rss", null));
        e.Message.ShouldContain("wire.rss");
        e.Message.ShouldContain("item 2");
    }

    [Fact]
    public void An_atom_entry_is_read_with_its_html_content_unescaped()
    {
        var a = FeedParser.Parse(Atom, "desk.atom", null).ShouldHaveSingleItem();
        a.Id.ShouldBe("urn:desk:1");
        a.Published.ShouldBe(new DateOnly(2025, 4, 10));
        a.Text.ShouldEndWith("Police fired tear gas at protesters on Wednesday.");
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><rss><channel><item><title>cut off")]
    [InlineData("<?xml version=\"1.0\"?><html><body>not a feed</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>empty</title></channel></rss>")]
    public void A_broken_or_empty_feed_is_an_error_naming_the_input(string content)
    {
        Should.Throw<InputException>(() => FeedParser.Parse(content, "bad.xml", null)).Message.ShouldContain("bad.xml");
    }

    [Fact]
    public void Feed_items_are_analyzed_like_any_report()
    {
        var a = FeedParser.Parse(Atom, "desk.atom", null)[0];
        var events = Analysis.Analyzer.Analyze(a).Events;
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Protest with intervention");
    }
}
