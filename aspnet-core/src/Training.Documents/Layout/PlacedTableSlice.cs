using SkiaSharp;
using Training.Documents.Rendering;
using Training.Documents.Text;

namespace Training.Documents.Layout;

/// <summary>
/// The part of a table on one page: the header row (repeated on every page), rows [First, End), and the bold total
/// row when it falls on this page. Cells are shaped again from the cache and wrapped to their column.
/// </summary>
internal sealed class PlacedTableSlice(TableLayout table, int first, int end, bool withTotal, float top) : Placed
{
    private const float Hairline = 0.4f;
    private const float Frame = 0.8f;

    public override int TableRows => end - first;

    public TableLayout Table => table;
    public int First => first;
    public int End => end;
    public bool WithTotal => withTotal;
    public float Top => top;

    /// <summary>Where the slice ends: the header, its rows and the total row when it is here.</summary>
    public float Bottom => top + table.HeaderHeight + table.RowHeights.AsSpan(first, end - first).ToArray().Sum() + (withTotal ? table.TotalHeight : 0);

    public override void Draw(RenderContext context, SKCanvas canvas)
    {
        var block = table.Block;
        var lines = new List<TextLine>(2);
        var left = PageGeometry.MarginLeft;
        var right = left + table.Widths.Sum();
        var y = top;

        canvas.DrawRect(SKRect.Create(left, y, right - left, table.HeaderHeight), context.Fill(Styles.TableHeaderFill));
        DrawRow(context, canvas, lines, y, table.HeaderHeight, c => context.Shape(block.Headers[c], bold: true), bold: true, header: true);
        y += table.HeaderHeight;
        var grid = context.Fill(Styles.TableBorder);
        var frame = context.Fill(Styles.Text);
        canvas.DrawRect(SKRect.Create(left, y - Frame / 2, right - left, Frame), frame);

        for (var r = first; r < end; r++)
        {
            var height = table.RowHeights[r];
            if (block.Zebra && (r & 1) == 1) canvas.DrawRect(SKRect.Create(left, y, right - left, height), context.Fill(Styles.ZebraFill));
            var row = r;
            DrawRow(context, canvas, lines, y, height, c => context.Shape(block.Cell(row, c)), bold: false, header: false);
            y += height;
            if (r < end - 1) canvas.DrawRect(SKRect.Create(left, y - Hairline / 2, right - left, Hairline), grid);
        }
        if (withTotal && block.TotalRow is { } total)
        {
            canvas.DrawRect(SKRect.Create(left, y, right - left, table.TotalHeight), context.Fill(Styles.TotalFill));
            if (end > first) canvas.DrawRect(SKRect.Create(left, y - Frame / 2, right - left, Frame), frame);
            DrawRow(context, canvas, lines, y, table.TotalHeight, c => context.Shape(total[c], bold: true), bold: true, header: false);
            y += table.TotalHeight;
        }

        // Column rules and the frame, one stroke each for the whole slice.
        var x = left;
        for (var c = 0; c < table.Widths.Length - 1; c++)
        {
            x += table.Widths[c];
            canvas.DrawRect(SKRect.Create(x - Hairline / 2, top, Hairline, y - top), grid);
        }
        canvas.DrawRect(SKRect.Create(left - Frame / 2, top - Frame / 2, right - left + Frame, Frame), frame);
        canvas.DrawRect(SKRect.Create(left - Frame / 2, y - Frame / 2, right - left + Frame, Frame), frame);
        canvas.DrawRect(SKRect.Create(left - Frame / 2, top, Frame, y - top), frame);
        canvas.DrawRect(SKRect.Create(right - Frame / 2, top, Frame, y - top), frame);
    }

    private void DrawRow(RenderContext context, SKCanvas canvas, List<TextLine> lines, float top, float height, Func<int, ShapedText> cell,
        bool bold, bool header)
    {
        var x = PageGeometry.MarginLeft;
        for (var c = 0; c < table.Widths.Length; c++)
        {
            var width = table.Widths[c];
            var room = width - 2 * Styles.TablePaddingX;
            var text = cell(c);
            lines.Clear();
            LineBreaker.Break(text, TableLayout.Size, room, lines);
            // Cells sit in the middle of their row, so a one-line cell beside a wrapped one is not left at the top.
            var lineTop = top + (height - lines.Count * TableLayout.LineHeight) / 2;
            var baseline = context.Baseline(bold, TableLayout.Size, lineTop, TableLayout.LineHeight);
            var align = header ? ColumnAlign.Center : table.Block.Aligns[c];
            foreach (var line in lines)
            {
                var offset = align switch
                {
                    ColumnAlign.Right => room - line.Width,
                    ColumnAlign.Center => (room - line.Width) / 2,
                    _ => 0,
                };
                context.DrawLine(canvas, text, line, bold, TableLayout.Size, x + Styles.TablePaddingX + offset, baseline, Styles.Text);
                baseline += TableLayout.LineHeight;
            }
            x += width;
        }
    }
}
