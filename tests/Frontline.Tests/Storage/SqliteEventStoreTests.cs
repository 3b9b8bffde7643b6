using Frontline.Storage;
using Microsoft.Data.Sqlite;

namespace Frontline.Tests.Storage;

public sealed class SqliteEventStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"frontline-test-{Guid.NewGuid():N}.db");

    private static readonly Frontline.Core.Model.ArticleAnalysis Kidal =
        Analysis.Run("The Malian army took control of Kidal on Tuesday. Thousands of residents fled toward the Algerian border.", "2023-11-16", "kidal");

    private static readonly Frontline.Core.Model.ArticleAnalysis Kharkiv =
        Analysis.Run("Overnight, Russian drones struck Kharkiv in Ukraine, killing at least three people.", "2024-09-12", "kharkiv");

    [Fact]
    public void Ingesting_the_same_article_twice_changes_nothing()
    {
        using var store = new SqliteEventStore(_path);
        var first = store.Ingest([Kidal, Kharkiv]);
        var second = store.Ingest([Kidal, Kharkiv]);
        first.ArticlesAdded.ShouldBe(2);
        second.ShouldBe(new IngestResult(0, 2, 0));
        store.ArticleCount().ShouldBe(2);
        store.EventCount().ShouldBe(first.EventsAdded);
    }

    [Fact]
    public void The_same_text_under_another_id_is_the_same_article()
    {
        using var store = new SqliteEventStore(_path);
        store.Ingest([Kidal]);
        store.Ingest([Kidal with { Article = Kidal.Article with { Id = "other-name" } }]).ArticlesSkipped.ShouldBe(1);
    }

    [Fact]
    public void Events_filter_by_date_country_type_and_actor()
    {
        using var store = new SqliteEventStore(_path);
        store.Ingest([Kidal, Kharkiv]);
        store.Events(new EventQuery(CountryIso2: "UA", CountryIso3: "UKR")).ShouldAllBe(e => e.Location!.Country == "UA" || e.Actor2!.Country == "UKR");
        store.Events(new EventQuery(Type: "Air/drone strike")).Single().Fatalities.ShouldBe(3);
        store.Events(new EventQuery(Type: "battles")).Single().Location!.Name.ShouldBe("Kidal");
        store.Events(new EventQuery(Actor: "Mali")).ShouldNotBeEmpty();
        store.Events(new EventQuery(Since: Analysis.Day("2024-01-01"))).ShouldAllBe(e => string.CompareOrdinal(e.Date.End, "2024-01-01") >= 0);
        store.Events(new EventQuery(Until: Analysis.Day("2023-12-31"))).Count.ShouldBe(Kidal.Events.Count);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("x'); DROP TABLE events; --")]
    [InlineData("\\")]
    public void Filter_values_are_data_never_sql(string hostile)
    {
        using var store = new SqliteEventStore(_path);
        store.Ingest([Kidal, Kharkiv]);
        var before = store.EventCount();
        store.Events(new EventQuery(Actor: hostile)).ShouldBeEmpty();
        store.Events(new EventQuery(Type: hostile)).ShouldBeEmpty();
        store.Events(new EventQuery(CountryIso2: hostile, CountryIso3: hostile)).ShouldBeEmpty();
        store.EventCount().ShouldBe(before);
    }

    [Fact]
    public void Stored_events_keep_stable_ids_and_exact_evidence()
    {
        using var store = new SqliteEventStore(_path);
        store.Ingest([Kharkiv]);
        var e = store.Events(new EventQuery()).Single();
        e.Id.ShouldBe($"{ContentHash.Of(Kharkiv.Article)[..16]}/1");
        e.Evidence.Single().Text.ShouldBe(Kharkiv.Article.Text[e.Evidence[0].Start..e.Evidence[0].End]);
    }

    [Fact]
    public void Reopening_keeps_data_and_schema_version()
    {
        using (var store = new SqliteEventStore(_path)) store.Ingest([Kidal]);
        using var reopened = new SqliteEventStore(_path);
        reopened.ArticleCount().ShouldBe(1);
        using var c = new SqliteConnection($"Data Source={_path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(SqliteSchema.CurrentVersion);
    }

    [Fact]
    public void A_store_in_a_missing_folder_is_a_clear_error()
    {
        Should.Throw<StoreException>(() => new SqliteEventStore("/nonexistent-folder/x/frontline.db")).Message.ShouldContain("does not exist");
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_a_clear_error()
    {
        File.WriteAllText(_path, "this is not sqlite, just text that happens to be long enough to have a header page");
        Should.Throw<StoreException>(() => new SqliteEventStore(_path)).Message.ShouldContain("cannot open store");
    }

    public void Dispose()
    {
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}
