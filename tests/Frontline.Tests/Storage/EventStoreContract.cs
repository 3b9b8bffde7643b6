using Frontline.Core.Output;
using Frontline.Storage;

namespace Frontline.Tests.Storage;

/// <summary>
/// What every store backend must do, run against each (SQLite always; PostgreSQL when one is reachable, as in CI):
/// idempotent, transactional ingest, stable ids, exact evidence, parameterized filters, safe concurrent ingests.
/// </summary>
public abstract class EventStoreContract : IDisposable
{
    protected static readonly Frontline.Core.Model.ArticleAnalysis Kidal =
        Analysis.Run("The Malian army took control of Kidal on Tuesday. Thousands of residents fled toward the Algerian border.", "2023-11-16", "kidal");

    protected static readonly Frontline.Core.Model.ArticleAnalysis Kharkiv =
        Analysis.Run("Overnight, Russian drones struck Kharkiv in Ukraine, killing at least three people.", "2024-09-12", "kharkiv");

    protected static readonly Frontline.Core.Model.ArticleAnalysis Gaza =
        Analysis.Run("Israeli airstrikes killed 12 people in Khan Younis on Monday, Gaza's health ministry said.", "2024-07-09", "gaza");

    /// <summary>A store on this test's own fresh database.</summary>
    protected abstract IEventStore Open();

    public abstract void Dispose();

    [SkippableFact]
    public void The_store_says_which_articles_it_holds_by_content_hash()
    {
        using var store = Open();
        store.Ingest([Kidal]);
        var (kidal, kharkiv) = (ContentHash.Of(Kidal.Article), ContentHash.Of(Kharkiv.Article));
        store.StoredHashes([kidal, kharkiv, kidal, "' OR 1=1 --"]).ShouldBe(new[] { kidal });
        store.StoredHashes(Enumerable.Range(0, 1200).Select(i => $"{i:x64}").Append(kidal)).Count.ShouldBe(1);
    }

    [SkippableFact]
    public void Ingesting_the_same_article_twice_changes_nothing()
    {
        using var store = Open();
        var first = store.Ingest([Kidal, Kharkiv]);
        var second = store.Ingest([Kidal, Kharkiv]);
        first.ArticlesAdded.ShouldBe(2);
        (second.ArticlesAdded, second.ArticlesSkipped, second.EventsAdded).ShouldBe((0, 2, 0));
        second.AlreadyPresent!.Order(StringComparer.Ordinal).ShouldBe(new[] { Kharkiv.Article.Id, Kidal.Article.Id }.Order(StringComparer.Ordinal));
        store.ArticleCount().ShouldBe(2);
        store.EventCount().ShouldBe(first.EventsAdded);
    }

    [SkippableFact]
    public void The_same_text_under_another_id_is_the_same_article()
    {
        using var store = Open();
        store.Ingest([Kidal]);
        store.Ingest([Kidal with { Article = Kidal.Article with { Id = "other-name" } }]).ArticlesSkipped.ShouldBe(1);
    }

    [SkippableFact]
    public void Events_filter_by_date_country_type_and_actor()
    {
        using var store = Open();
        store.Ingest([Kidal, Kharkiv]);
        store.Events(new EventQuery(CountryIso2: "UA", CountryIso3: "UKR")).ShouldAllBe(e => e.Location!.Country == "UA" || e.Actor2!.Country == "UKR");
        store.Events(new EventQuery(Type: "Air/drone strike")).Single().Fatalities.ShouldBe(3);
        store.Events(new EventQuery(Type: "battles")).Single().Location!.Name.ShouldBe("Kidal");
        store.Events(new EventQuery(Actor: "mali")).ShouldNotBeEmpty();
        store.Events(new EventQuery(Since: Analysis.Day("2024-01-01"))).ShouldAllBe(e => string.CompareOrdinal(e.Date.End, "2024-01-01") >= 0);
        store.Events(new EventQuery(Until: Analysis.Day("2023-12-31"))).Count.ShouldBe(Kidal.Events.Count);
    }

    [SkippableTheory]
    [InlineData("' OR 1=1 --")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("x'); DROP TABLE events; --")]
    [InlineData("\\")]
    [InlineData("'; DELETE FROM articles; SELECT '")]
    [InlineData("\" OR \"\"=\"")]
    public void Filter_values_are_data_never_sql(string hostile)
    {
        using var store = Open();
        store.Ingest([Kidal, Kharkiv]);
        var before = store.EventCount();
        store.Events(new EventQuery(Actor: hostile)).ShouldBeEmpty();
        store.Events(new EventQuery(Type: hostile)).ShouldBeEmpty();
        store.Events(new EventQuery(CountryIso2: hostile, CountryIso3: hostile)).ShouldBeEmpty();
        store.EventCount().ShouldBe(before);
        store.ArticleCount().ShouldBe(2);
    }

    [SkippableFact]
    public void Control_changes_come_oldest_first_or_most_precisely_dated_first()
    {
        // A week's report of a capture starts before the day another report names: oldest first it comes first, most
        // precisely dated first (as the control timeline takes them) it comes second.
        var week = Analysis.Run("Rebels captured Kidal last week, residents said.", "2023-11-16", "week");
        var day = Analysis.Run("The Malian army took control of Kidal on Tuesday.", "2023-11-16", "day");
        using var store = Open();
        store.Ingest([day, week]);
        var oldestFirst = store.ControlChanges(new EventQuery()).ToList();
        oldestFirst.Select(c => c.ArticleId).ShouldBe(["week", "day"]);
        oldestFirst[0].Date.SpanDays().ShouldBeGreaterThan(0);
        store.ControlChangesMostPreciseFirst(new EventQuery()).Select(c => c.ArticleId).ShouldBe(["day", "week"]);
        store.ControlChangesMostPreciseFirst(new EventQuery(Until: Analysis.Day("2023-11-12"))).Select(c => c.ArticleId).ShouldBe(["week"]);
    }

    [SkippableFact]
    public void Stored_events_keep_stable_ids_and_exact_evidence()
    {
        using var store = Open();
        store.Ingest([Kharkiv]);
        var e = store.Events(new EventQuery()).Single();
        e.Id.ShouldBe($"{ContentHash.Of(Kharkiv.Article)[..16]}/1");
        e.Evidence.Single().Text.ShouldBe(Kharkiv.Article.Text[e.Evidence[0].Start..e.Evidence[0].End]);
    }

    [SkippableFact]
    public void Every_value_comes_back_as_written_accents_empty_text_and_missing_values_included()
    {
        // Each kind of value the writer binds: text beyond ASCII, an empty title (not NULL), a missing URL (NULL),
        // whole numbers, coordinates, and the rows of every table (events, relations, control changes).
        var text = "Turkish-backed factions captured Tall Rif\u02bfat from the SDF on Sunday. Iranian-backed militias shelled "
                   + "B\u0101niy\u0101s and Ma'arrat al-Nu'm\u0101n, killing 4 civilians.";
        var analysis = Analysis.Run(text, "2024-12-02", "accents");
        analysis = analysis with { Article = analysis.Article with { Title = "", Url = null } };
        analysis.Relations.ShouldNotBeEmpty();
        analysis.ControlChanges.ShouldNotBeEmpty();
        using var store = Open();
        store.Ingest([analysis]);

        var events = store.Events(new EventQuery());
        var expected = analysis.Events.Select(e => Frontline.Core.Output.AnalysisMapper.ToDto(e, text)).ToList();
        events.Select(e => (e.Summary, e.Location?.Name, e.Location?.Lat, e.Location?.Lon, e.Fatalities))
            .ShouldBe(expected.Select(e => (e.Summary, e.Location?.Name, e.Location?.Lat, e.Location?.Lon, e.Fatalities)), ignoreOrder: true);
        events.ShouldContain(e => e.Fatalities == 4);
        store.Relations(new EventQuery()).Count().ShouldBe(analysis.Relations.Count);
        store.ControlChanges(new EventQuery()).Single().Location.Name.ShouldBe(analysis.ControlChanges.Single().Location.Name);
        var article = store.ArticleOf(events[0].Id)!;
        (article.Text, article.Title, article.Url).ShouldBe((text, "", (string?)null));
    }

    [SkippableFact]
    public void Reopening_keeps_the_data_and_migrates_nothing_twice()
    {
        using (var store = Open()) store.Ingest([Kidal]);
        using var reopened = Open();
        reopened.ArticleCount().ShouldBe(1);
        reopened.Ingest([Kharkiv]).ArticlesAdded.ShouldBe(1);
    }

    [SkippableFact]
    public void Two_ingests_of_overlapping_inputs_at_once_store_each_article_once()
    {
        using (var schema = Open()) schema.ArticleCount().ShouldBe(0);
        var batches = new[] { new[] { Kidal, Kharkiv }, new[] { Kharkiv, Gaza }, new[] { Gaza, Kidal } };
        Parallel.ForEach(batches, batch =>
        {
            using var store = Open();
            for (var i = 0; i < 3; i++) store.Ingest(batch);
        });
        using var check = Open();
        check.ArticleCount().ShouldBe(3);
        check.EventCount().ShouldBe(Kidal.Events.Count + Kharkiv.Events.Count + Gaza.Events.Count);
    }
}

public sealed class SqliteStoreContract : EventStoreContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"frontline-test-{Guid.NewGuid():N}.db");

    protected override IEventStore Open() => new SqliteEventStore(_path);

    [Fact]
    public void Committed_batches_reach_the_database_file_while_the_store_stays_open()
    {
        using IEventStore store = new SqliteEventStore(_path);
        var before = new FileInfo(_path).Length;
        store.Ingest([Kidal, Kharkiv, Gaza]);
        // The writer leaves its log to the checkpointer, which copies it into the file on its own thread.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (new FileInfo(_path).Length <= before && DateTime.UtcNow < deadline) Thread.Sleep(20);
        new FileInfo(_path).Length.ShouldBeGreaterThan(before);
        using var reader = new SqliteEventStore(_path);
        reader.EventCount().ShouldBe(Kidal.Events.Count + Kharkiv.Events.Count + Gaza.Events.Count);
    }

    [Fact]
    public void Back_to_back_batches_keep_the_log_as_small_as_one_batch_once_past_its_limit()
    {
        var reports = Enumerable.Range(1, 30)
            .Select(i => Analysis.Run($"Israeli airstrikes killed {i + 10} people in Khan Younis on Monday, Gaza's health ministry said.", "2024-07-09", $"strike-{i}"))
            .ToList();
        using IEventStore store = new SqliteEventStore(_path, restartLogBytes: 1);
        store.Ingest([reports[0]]);
        var oneBatch = new FileInfo(_path + "-wal").Length;
        foreach (var report in reports.Skip(1)) store.Ingest([report]);
        // Without the writer's restart, a log the checkpointer has not finished copying grows with every batch.
        new FileInfo(_path + "-wal").Length.ShouldBeLessThanOrEqualTo(2 * oneBatch);
        store.ArticleCount().ShouldBe(30);
        store.EventCount().ShouldBe(reports.Sum(r => r.Events.Count));
    }

    [Fact]
    public void A_reader_holding_the_log_delays_each_batch_by_a_second_at_most()
    {
        using IEventStore store = new SqliteEventStore(_path, restartLogBytes: 1);
        store.Ingest([Kidal]);
        using var reader = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False");
        reader.Open();
        using var snapshot = reader.BeginTransaction(deferred: true);
        using (var count = reader.CreateCommand())
        {
            count.Transaction = snapshot;
            count.CommandText = "SELECT count(*) FROM events";
            count.ExecuteScalar().ShouldBe((long)Kidal.Events.Count);
        }
        // The restart cannot finish while the reader's snapshot is in the log; the writer gives up on it, not on its batch.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        store.Ingest([Kharkiv]);
        store.Ingest([Gaza]);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        snapshot.Rollback();
        store.ArticleCount().ShouldBe(3);
    }

    [Fact]
    public void A_closed_store_leaves_no_log_behind()
    {
        using (IEventStore store = new SqliteEventStore(_path)) store.Ingest([Kidal, Kharkiv]);
        File.Exists(_path + "-wal").ShouldBeFalse();
        using var reopened = new SqliteEventStore(_path);
        reopened.ArticleCount().ShouldBe(2);
    }

    [Fact]
    public void A_store_of_schema_version_1_is_upgraded_keeping_its_events_losing_what_no_query_used_and_gaining_the_ledger()
    {
        // A store as version 1 of Frontline left it: its schema with its three filter indexes, rows' JSON as whole text.
        var hash = ContentHash.Of(Kidal.Article);
        var events = StorableArticle.EventsOf(Kidal, hash);
        Sql(new SqliteDialect().Migrations[0] + "PRAGMA user_version = 1;");
        Sql("INSERT INTO articles (content_hash, article_id, published, text, ingested_at) " +
            $"VALUES ('{hash}', 'kidal', '2023-11-16', '{Kidal.Article.Text.Replace("'", "''", StringComparison.Ordinal)}', '2023-11-16T00:00:00Z')");
        foreach (var e in events)
            Sql("INSERT INTO events (event_id, article_row, date_start, date_end, country, admin1, location, lat, lon, fatalities, json) " +
                $"VALUES ('{e.Id}', 1, '{e.Date.Start}', '{e.Date.End}', '{e.Location?.Country}', 'Kidal', 'Kidal', 18.4, 1.4, 0, " +
                $"'{AnalysisJson.Serialize(e, indented: false).Replace("'", "''", StringComparison.Ordinal)}')");
        using (IEventStore reopened = new SqliteEventStore(_path))
        {
            reopened.EventCount().ShouldBe(events.Count);
            reopened.Events(new EventQuery(CountryIso2: "ML")).Select(e => AnalysisJson.Serialize(e, indented: false))
                .ShouldBe(events.Select(e => AnalysisJson.Serialize(e, indented: false)), ignoreOrder: true);
            reopened.Ingest([Kidal]).ArticlesSkipped.ShouldBe(1);
            reopened.Ingest([Kharkiv]).ArticlesAdded.ShouldBe(1);
            reopened.Events(new EventQuery()).Count.ShouldBe(events.Count + Kharkiv.Events.Count);
        }
        Indexes().ShouldBe(["events_article", "events_date"], ignoreOrder: true);
        Sql("PRAGMA user_version").ShouldBe(4L);
        Sql("SELECT count(*) FROM watch_sources").ShouldBe(0L);
        Sql("SELECT count(*) FROM pragma_table_info('events') WHERE name IN ('admin1', 'lat', 'fatalities')").ShouldBe(0L);
    }

    private List<string> Indexes()
    {
        var names = new List<string>();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL";
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private object? Sql(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
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

    public override void Dispose()
    {
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}

/// <summary>Runs against the server named by FRONTLINE_TEST_POSTGRES (a URL whose user may create databases; `.ci/run`
/// starts a throwaway one); each test gets a database of its own, dropped after. Skipped, visibly, when none is set.</summary>
public sealed class PostgresStoreContract : EventStoreContract
{
    private readonly PostgresTestDatabase _database = new();

    protected override IEventStore Open() => new PostgresEventStore(_database.Url);

    [Fact]
    public void A_malformed_url_is_a_clear_error()
    {
        Should.Throw<StoreException>(() => StoreFactory.Open("postgres://nohost")).Message.ShouldContain("not a PostgreSQL URL");
    }

    [Fact]
    public void An_unreachable_server_is_a_clear_error_without_the_password()
    {
        var e = Should.Throw<StoreException>(() => StoreFactory.Open("postgres://someone:secret@127.0.0.1:1/frontline"));
        e.Message.ShouldContain("cannot open store");
        e.Message.ShouldNotContain("secret");
    }

    public override void Dispose() => _database.Dispose();
}
