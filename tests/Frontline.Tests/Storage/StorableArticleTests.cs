using Frontline.Core.Output;
using Frontline.Storage;

namespace Frontline.Tests.Storage;

/// <summary>What the writer receives: each row's JSON exactly as the output contract serializes it, its columns from the
/// same record, and its buffer given back only once.</summary>
public sealed class StorableArticleTests
{
    private static readonly Frontline.Core.Model.ArticleAnalysis Report = Analysis.Run(
        "Turkish-backed factions shelled Tel Rifaat on Sunday, killing 3 civilians, the Syrian Observatory said. " +
        "Iranian-backed militias later withdrew from Albu Kamal. Turkey, a key supporter of the rebels, denied the strike.",
        "2024-03-12", "storable");

    [Fact]
    public void Every_row_holds_the_contract_json_byte_for_byte_and_the_columns_of_the_same_record()
    {
        var hash = ContentHash.Of(Report.Article);
        var storable = StorableArticle.From(Report, hash);
        storable.Events.Count.ShouldBe(Report.Events.Count);
        storable.Events.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < Report.Events.Count; i++)
        {
            var dto = AnalysisMapper.ToDto(Report.Events[i], Report.Article.Text) with { Id = ContentHash.EventId(hash, Report.Events[i].Id) };
            storable.Events[i].Json.Bytes.ToArray().ShouldBe(System.Text.Encoding.UTF8.GetBytes(AnalysisJson.Serialize(dto, indented: false)));
            storable.Events[i].Columns.ShouldBe(EventColumns.Of(dto));
        }
        for (var i = 0; i < Report.Relations.Count; i++)
            storable.Relations[i].Json.ToString().ShouldBe(AnalysisJson.Serialize(AnalysisMapper.ToDto(Report.Relations[i], Report.Article), indented: false));
        storable.Relations.Count.ShouldBe(Report.Relations.Count);
        storable.ControlChanges.Count.ShouldBe(Report.ControlChanges.Count);
    }

    [Fact]
    public void Rows_prepared_one_after_another_on_a_thread_keep_their_own_json()
    {
        var first = StorableArticle.From(Report);
        var firstJson = first.Events.Select(e => e.Json.ToString()).ToList();
        var other = StorableArticle.From(Analysis.Run("Russian drones struck Kharkiv overnight, killing at least three people.", "2024-09-12", "other"));
        other.Events.ShouldNotBeEmpty();
        first.Events.Select(e => e.Json.ToString()).ShouldBe(firstJson);
        // Written twice (a retry of the caller's) gives the buffer back once; the pool would otherwise hand it to two articles.
        first.Written();
        first.Written();
        var third = StorableArticle.From(Report);
        var fourth = StorableArticle.From(Report);
        third.Events[0].Json.Buffer.ShouldNotBeSameAs(fourth.Events[0].Json.Buffer);
    }
}
