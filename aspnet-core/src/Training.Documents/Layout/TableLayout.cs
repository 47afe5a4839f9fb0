using Training.Documents.Blocks;
using Training.Documents.Rendering;
using Training.Documents.Text;

namespace Training.Documents.Layout;

/// <summary>
/// A table's measured geometry: column widths from the content of every row (the shaped cells are cached, so the
/// drawing pass measures nothing twice) and each row's height from its tallest wrapped cell.
/// </summary>
internal sealed class TableLayout
{
    public const float Size = Styles.TableSize;
    public const float LineHeight = Size * Styles.TableLineHeight;

    private TableLayout(TableBlock block, float[] widths, float[] rowHeights, float headerHeight, float totalHeight)
    {
        Block = block;
        Widths = widths;
        RowHeights = rowHeights;
        HeaderHeight = headerHeight;
        TotalHeight = totalHeight;
    }

    public TableBlock Block { get; }
    public float[] Widths { get; }
    public float[] RowHeights { get; }
    public float HeaderHeight { get; }
    public float TotalHeight { get; }

    public static float HeightOf(int lines) => lines * LineHeight + 2 * Styles.TablePaddingY;

    public static TableLayout Measure(TableBlock block, RenderContext context, CancellationToken cancellationToken)
    {
        var columns = block.ColumnCount;
        var natural = new float[columns];
        var minimum = new float[columns];
        void Take(int column, ShapedText text)
        {
            natural[column] = Math.Max(natural[column], text.Width * Size);
            minimum[column] = Math.Max(minimum[column], LongestUnbreakable(text) * Size);
        }
        for (var c = 0; c < columns; c++)
        {
            Take(c, context.Shape(block.Headers[c], bold: true));
            if (block.TotalRow is { } total) Take(c, context.Shape(total[c], bold: true));
        }
        for (var r = 0; r < block.RowCount; r++)
        {
            if ((r & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            for (var c = 0; c < columns; c++) Take(c, context.Shape(block.Cell(r, c)));
        }
        var widths = ColumnWidths(block.Weights, natural, minimum, PageGeometry.ContentWidth);

        var rowHeights = new float[block.RowCount];
        for (var r = 0; r < block.RowCount; r++)
        {
            if ((r & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var lines = 1;
            for (var c = 0; c < columns; c++)
                lines = Math.Max(lines, LineBreaker.CountLines(context.Shape(block.Cell(r, c)), Size, widths[c] - 2 * Styles.TablePaddingX));
            rowHeights[r] = HeightOf(lines);
        }
        var header = HeightOf(MaxLines(columns, c => context.Shape(block.Headers[c], bold: true), widths));
        var totalHeight = block.TotalRow is { } t ? HeightOf(MaxLines(columns, c => context.Shape(t[c], bold: true), widths)) : 0;
        return new TableLayout(block, widths, rowHeights, header, totalHeight);
    }

    private static int MaxLines(int columns, Func<int, ShapedText> cell, float[] widths)
    {
        var lines = 1;
        for (var c = 0; c < columns; c++) lines = Math.Max(lines, LineBreaker.CountLines(cell(c), Size, widths[c] - 2 * Styles.TablePaddingX));
        return lines;
    }

    /// <summary>The widest piece of a text that may not be broken (a word, a number, a character with its punctuation), in em.</summary>
    private static float LongestUnbreakable(ShapedText text)
    {
        float longest = 0, current = 0;
        for (var g = 0; g < text.Count; g++)
        {
            if (text.BreakBefore[g]) current = 0;
            if (!text.IsSpace[g]) current += text.Advances[g];
            longest = Math.Max(longest, current);
        }
        return longest;
    }

    /// <summary>
    /// Widths as a browser's automatic table layout gives them: each column its natural width when all fit (the rest
    /// shared in proportion), else its unbreakable minimum plus a share of what is left. Columns with a weight take
    /// that share of the width left after the others, which keep their natural width up to a third of the table.
    /// </summary>
    internal static float[] ColumnWidths(IReadOnlyList<float?> weights, float[] naturalText, float[] minimumText, float available)
    {
        var n = naturalText.Length;
        var pad = 2 * Styles.TablePaddingX;
        var natural = naturalText.Select(w => w + pad).ToArray();
        var minimum = minimumText.Select(w => w + pad).ToArray();
        var widths = new float[n];

        if (weights.Any(w => w is not null))
        {
            var used = 0f;
            for (var c = 0; c < n; c++)
                if (weights[c] is null) used += widths[c] = Math.Max(minimum[c], Math.Min(natural[c], available / 3));
            var rest = available - used;
            var weightSum = weights.Sum(w => w ?? 0);
            if (rest > 0)
            {
                for (var c = 0; c < n; c++) if (weights[c] is { } w) widths[c] = rest * w / weightSum;
                return widths;
            }
        }

        float sumNatural = natural.Sum(), sumMinimum = minimum.Sum();
        if (sumNatural <= available)
        {
            var extra = available - sumNatural;
            for (var c = 0; c < n; c++) widths[c] = natural[c] + extra * natural[c] / sumNatural;
        }
        else if (sumMinimum <= available)
        {
            var share = (available - sumMinimum) / (sumNatural - sumMinimum);
            for (var c = 0; c < n; c++) widths[c] = minimum[c] + (natural[c] - minimum[c]) * share;
        }
        else
        {
            for (var c = 0; c < n; c++) widths[c] = minimum[c] * available / sumMinimum;   // words will be cut
        }
        return widths;
    }
}
