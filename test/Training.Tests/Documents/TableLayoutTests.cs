using Training.Documents;
using Training.Documents.Blocks;
using Training.Documents.Layout;
using Training.Documents.Rendering;

namespace Training.Tests.Documents;

/// <summary>Table pagination and column sizing, checked on the layout the renderer draws from.</summary>
public sealed class TableLayoutTests
{
    private sealed record Row(int Rank, string Name, string Remark, double Score);

    private static IReadOnlyList<Row> Rows(int count) => Enumerable.Range(1, count)
        .Select(i => new Row(i, $"张{i}", i % 7 == 0 ? "本月多次迟到，经提醒后改正。另有两次离岗未报备，已约谈并记录在案，下月复查；窗口负责人须在每周例会上通报整改进展，并将整改材料报送中心督查科备案。" : "正常", 100 - i * 0.1)).ToList();

    private static TableSpec<Row> Spec(IReadOnlyList<Row> rows, int? maxRows = null) => new()
    {
        Rows = rows, Zebra = true, MaxRowsPerPage = maxRows, TotalRow = ["", "合计", "", "—"],
        Columns = [new("名次", r => r.Rank.ToString(), ColumnAlign.Center), new("姓名", r => r.Name), new("备注", r => r.Remark),
            new("得分", r => r.Score.ToString("0.0"), ColumnAlign.Right)],
    };

    private static List<PageContent> Layout(DocumentBuilder document)
    {
        using var context = new RenderContext(TestFonts.Fonts);
        return new LayoutEngine(context, [], CancellationToken.None).Layout(document);
    }

    [Fact]
    public void Should_keep_rows_whole_continue_them_in_order_and_end_with_the_total()
    {
        var pages = Layout(new DocumentBuilder().Title("标题").Table(Spec(Rows(300))));
        var slices = pages.Select(p => p.Items.OfType<PlacedTableSlice>().Single()).ToList();
        slices.Count.ShouldBeGreaterThan(3);
        slices[0].First.ShouldBe(0);
        for (var i = 1; i < slices.Count; i++) slices[i].First.ShouldBe(slices[i - 1].End);
        slices[^1].End.ShouldBe(300);
        slices.ShouldAllBe(s => s.Bottom <= PageGeometry.ContentBottom + 0.01f);   // no row runs over the page
        slices.Count(s => s.WithTotal).ShouldBe(1);
        slices[^1].WithTotal.ShouldBeTrue();
        slices.Skip(1).ShouldAllBe(s => s.Top == PageGeometry.MarginTop);          // each page starts with the header
        slices.SkipLast(1).ShouldAllBe(s => s.Bottom + s.Table.RowHeights[s.End] > PageGeometry.ContentBottom);   // and is full
    }

    [Fact]
    public void Should_wrap_long_cells_into_taller_rows()
    {
        var pages = Layout(new DocumentBuilder().Table(Spec(Rows(14))));
        var table = pages[0].Items.OfType<PlacedTableSlice>().Single().Table;
        table.RowHeights[6].ShouldBeGreaterThan(table.RowHeights[0]);   // row 7 has the long remark
        table.RowHeights[0].ShouldBe(TableLayout.HeightOf(1));
    }

    [Fact]
    public void Should_put_at_most_the_given_rows_on_a_page()
    {
        var rows = Enumerable.Range(1, 200).Select(i => new Row(i, $"李{i}", "正常", 90)).ToList();
        var pages = Layout(new DocumentBuilder().Table(Spec(rows, maxRows: 40)));
        pages.Count.ShouldBe(5);
        pages.ShouldAllBe(p => p.Items.OfType<PlacedTableSlice>().Single().TableRows == 40);
    }

    [Fact]
    public void Should_size_columns_by_their_content()
    {
        var pages = Layout(new DocumentBuilder().Table(Spec(Rows(30))));
        var widths = pages[0].Items.OfType<PlacedTableSlice>().Single().Table.Widths;
        widths.Sum().ShouldBe(PageGeometry.ContentWidth, 0.01f);
        widths[2].ShouldBeGreaterThan(widths[0] * 3);   // the remarks get the room, the rank column stays narrow
        widths[2].ShouldBeGreaterThan(widths[3] * 3);
    }

    [Fact]
    public void Should_give_weighted_columns_their_share()
    {
        var widths = TableLayout.ColumnWidths([null, 1f, 3f], [20, 100, 100], [10, 20, 20], 400);
        widths[0].ShouldBe(20 + 2 * Styles.TablePaddingX);
        (widths[2] / widths[1]).ShouldBe(3f, 0.001f);
        widths.Sum().ShouldBe(400, 0.01f);
    }

    [Fact]
    public void Should_reject_a_total_row_of_the_wrong_length()
    {
        var spec = Spec(Rows(3));
        Should.Throw<ArgumentException>(() => new DocumentBuilder().Table(new TableSpec<Row> { Rows = spec.Rows, Columns = spec.Columns, TotalRow = ["合计"] }));
    }
}
