using Frontline.Core.Output;
using Frontline.Storage;

namespace Frontline.Tests.Storage;

/// <summary>What the writer receives: each row's JSON as the output contract serializes it, less what the row keeps
/// elsewhere (evidence quotes, ids), packed; its columns from the same record; and what reading gives back.</summary>
public sealed class StorableArticleTests
{
    private static readonly Frontline.Core.Model.ArticleAnalysis Report = Analysis.Run(
        "Turkish-backed factions shelled Tel Rifaat on Sunday, killing 3 civilians, the Syrian Observatory said. " +
        "Iranian-backed militias later withdrew from Albu Kamal. Turkey, a key supporter of the rebels, denied the strike.",
        "2024-03-12", "storable");

    [Fact]
    public void Every_row_holds_the_contract_json_less_what_its_row_keeps_and_reads_back_whole()
    {
        var hash = ContentHash.Of(Report.Article);
        var storable = StorableArticle.From(Report, hash);
        storable.Events.Count.ShouldBe(Report.Events.Count);
        storable.Events.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < Report.Events.Count; i++)
        {
            var dto = AnalysisMapper.ToDto(Report.Events[i], Report.Article.Text) with { Id = ContentHash.EventId(hash, Report.Events[i].Id) };
            var stored = storable.Events[i].Json;
            stored.ShouldBe(AnalysisJson.Serialize(StoredForm.Strip(dto, Report.Article), indented: false));
            stored.ShouldNotContain(dto.Evidence[0].Text);
            var read = StoredForm.Restore(AnalysisJson.Deserialize<EventDto>(stored), dto.Id, Report.Article.Id, () => Report.Article.Text);
            AnalysisJson.Serialize(read, indented: false).ShouldBe(AnalysisJson.Serialize(dto, indented: false));
            storable.Events[i].Columns.ShouldBe(EventColumns.Of(dto));
        }
        for (var i = 0; i < Report.Relations.Count; i++)
        {
            var dto = AnalysisMapper.ToDto(Report.Relations[i], Report.Article);
            var read = StoredForm.Restore(AnalysisJson.Deserialize<RelationDto>(storable.Relations[i].Json), null, Report.Article.Id, () => Report.Article.Text);
            AnalysisJson.Serialize(read, indented: false).ShouldBe(AnalysisJson.Serialize(dto, indented: false));
        }
        storable.Relations.Count.ShouldBe(Report.Relations.Count);
        storable.ControlChanges.Count.ShouldBe(Report.ControlChanges.Count);
        RowPacking.Unpack(storable.PackedText).ShouldBe(Report.Article.Text);
    }

    [Fact]
    public void Packing_shrinks_a_row_and_what_an_earlier_version_stored_reads_as_it_is()
    {
        var storable = StorableArticle.From(Report);
        var json = storable.Events[0].Json;
        storable.Events[0].Packed.Length.ShouldBeLessThan(System.Text.Encoding.UTF8.GetByteCount(json) / 2);
        RowPacking.Unpack(json).ShouldBe(json);
        RowPacking.Unpack(System.Text.Encoding.UTF8.GetBytes(json)).ShouldBe(json);
        Should.Throw<StoreException>(() => RowPacking.Unpack(42));
    }

    [Fact]
    public void A_quote_that_is_not_its_articles_slice_is_kept_as_written()
    {
        var dto = StorableArticle.EventsOf(Report, ContentHash.Of(Report.Article))[0];
        var foreign = dto with { Evidence = [new EvidenceDto(0, 5, "other"), new EvidenceDto(0, 7, Report.Article.Text[..7])] };
        var stripped = StoredForm.Strip(foreign, Report.Article);
        stripped.Evidence[0].Text.ShouldBe("other");
        stripped.Evidence[1].Text.ShouldBe("");
    }

    [Fact]
    public void Rows_prepared_one_after_another_on_a_thread_keep_their_own_json()
    {
        var first = StorableArticle.From(Report);
        var firstJson = first.Events.Select(e => e.Json).ToList();
        var other = StorableArticle.From(Analysis.Run("Russian drones struck Kharkiv overnight, killing at least three people.", "2024-09-12", "other"));
        other.Events.ShouldNotBeEmpty();
        first.Events.Select(e => e.Json).ShouldBe(firstJson);
    }
}
