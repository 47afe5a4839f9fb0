using System.Globalization;
using SkiaSharp;
using Training.Documents.Blocks;
using Training.Documents.Rendering;
using Training.Documents.Text;

namespace Training.Documents.Layout;

/// <summary>
/// The layout pass: every block placed on pages top to bottom, text broken into lines, tables into page slices, so
/// the page count is known before anything is drawn. Holds positions and line ranges, not drawings.
/// </summary>
internal sealed class LayoutEngine(RenderContext context, List<IDisposable> resources, CancellationToken cancellationToken)
{
    private const float Epsilon = 0.01f;
    private readonly List<PageContent> pages = [];
    private PageContent page = null!;
    private float y;

    public List<PageContent> Layout(DocumentBuilder document)
    {
        NewPage();
        foreach (var block in document.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block)
            {
                case OfficialHeaderBlock header: OfficialHeader(header); break;
                case TitleBlock title:
                    Text(title.Text, bold: true, Styles.TitleSize, Styles.TitleSize * 1.45f, TextAlign.Center, 0, 0, PageGeometry.ContentWidth);
                    y += 12;
                    break;
                case HeadingBlock heading: Heading(heading); break;
                case ParagraphBlock paragraph:
                    foreach (var part in paragraph.Text.Split('\n'))
                        Text(part, bold: false, Styles.BodySize, Styles.BodySize * Styles.BodyLineHeight, TextAlign.Justify, 0, 2 * Styles.BodySize,
                            PageGeometry.ContentWidth);
                    y += 4;
                    break;
                case ListBlock list: List(list); break;
                case TableBlock table: Table(table); break;
                case ImageBlock image: Image(image); break;
                case ChartBlock chart: Chart(chart); break;
                case QrCodeBlock qr: QrCode(qr); break;
                case SpacerBlock spacer:
                    if (y + spacer.Points > PageGeometry.ContentBottom) NewPage(); else y += spacer.Points;
                    break;
                case PageBreakBlock: if (!AtTop) NewPage(); break;
                default: throw new InvalidOperationException($"No layout for {block.GetType().Name}.");
            }
        }
        return pages;
    }

    private bool AtTop => page.Items.Count == 0;

    private float Room => PageGeometry.ContentBottom - y;

    private void NewPage()
    {
        page = new PageContent();
        pages.Add(page);
        y = PageGeometry.MarginTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits here (or this page is still empty).</summary>
    private void Ensure(float height)
    {
        if (height > Room + Epsilon && !AtTop) NewPage();
    }

    /// <summary>Text in a column, wrapped, its lines flowing on to the next page where this one ends.</summary>
    private void Text(string text, bool bold, float size, float lineHeight, TextAlign align, float x, float firstIndent, float width,
        SKColor? color = null)
    {
        var shaped = context.Shape(text, bold);
        var lines = new List<TextLine>();
        BreakWithIndent(shaped, size, width, firstIndent, lines);
        var start = 0;
        while (start < lines.Count)
        {
            var fit = Math.Max(0, (int)((Room + Epsilon) / lineHeight));
            if (fit == 0)
            {
                if (AtTop) fit = 1; else { NewPage(); continue; }
            }
            var take = Math.Min(fit, lines.Count - start);
            page.Items.Add(new PlacedText
            {
                Text = shaped, Lines = lines.GetRange(start, take), Bold = bold, Size = size, LineHeight = lineHeight,
                X = PageGeometry.MarginLeft + x, Top = y, Width = width, Align = align, Color = color ?? Styles.Text,
                FirstIndent = start == 0 ? firstIndent : 0, EndsParagraph = start + take == lines.Count,
            });
            y += take * lineHeight;
            start += take;
        }
    }

    /// <summary>Line breaking with a narrower first line: the first line is broken alone, the rest at full width.</summary>
    private static void BreakWithIndent(ShapedText shaped, float size, float width, float firstIndent, List<TextLine> lines)
    {
        if (firstIndent <= 0)
        {
            LineBreaker.Break(shaped, size, width, lines);
            return;
        }
        var first = new List<TextLine>();
        LineBreaker.Break(shaped, size, width - firstIndent, first);
        if (first.Count <= 1) { lines.AddRange(first); return; }
        lines.Add(first[0]);
        // The rest re-broken at full width: the lines after the first are wider.
        var rest = new List<TextLine>();
        LineBreaker.Break(shaped, size, width, rest, first[1].Start);
        lines.AddRange(rest);
    }

    private void OfficialHeader(OfficialHeaderBlock header)
    {
        Text(header.IssuingBody, bold: true, Styles.IssuingBodySize, Styles.IssuingBodySize * 1.3f, TextAlign.Center, 0, 0,
            PageGeometry.ContentWidth, Styles.OfficialRed);
        y += 10;
        var lineHeight = Styles.NumberSize * 1.6f;
        Ensure(lineHeight + 20);
        var date = string.Create(CultureInfo.InvariantCulture, $"{header.Date.Year}年{header.Date.Month}月{header.Date.Day}日");
        var top = y;
        if (header.Number is { Length: > 0 } number)
            Text(number, bold: false, Styles.NumberSize, lineHeight, TextAlign.Left, 0, 0, PageGeometry.ContentWidth);
        y = top;
        Text(date, bold: false, Styles.NumberSize, lineHeight, TextAlign.Right, 0, 0, PageGeometry.ContentWidth);
        y += 5;
        page.Items.Add(new PlacedRule(PageGeometry.MarginLeft, PageGeometry.MarginLeft + PageGeometry.ContentWidth, y, 1.6f, Styles.OfficialRed));
        y += 20;
    }

    private void Heading(HeadingBlock heading)
    {
        var size = Styles.HeadingSize(heading.Level);
        var lineHeight = size * 1.6f;
        if (!AtTop) y += 6;
        // Keep a heading with the start of what follows it: never alone at the foot of a page.
        var lines = LineBreaker.Break(context.Shape(heading.Text, bold: true), size, PageGeometry.ContentWidth).Count;
        Ensure(lines * lineHeight + 3 * Styles.BodySize * Styles.BodyLineHeight);
        Text(heading.Text, bold: true, size, lineHeight, TextAlign.Left, 0, 0, PageGeometry.ContentWidth);
        y += 2;
    }

    private void List(ListBlock list)
    {
        const float size = Styles.BodySize;
        var lineHeight = size * Styles.BodyLineHeight;
        var indent = 2 * size;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "•";
            Ensure(lineHeight);
            var top = y;
            page.Items.Add(new PlacedText
            {
                Text = context.Shape(marker), Lines = LineBreaker.Break(context.Shape(marker), size, indent), Bold = false, Size = size,
                LineHeight = lineHeight, X = PageGeometry.MarginLeft, Top = top, Width = indent - size * 0.4f, Align = TextAlign.Right,
            });
            Text(list.Items[i], bold: false, size, lineHeight, TextAlign.Justify, indent, 0, PageGeometry.ContentWidth - indent);
        }
        y += 4;
    }

    private void Table(TableBlock block)
    {
        var table = TableLayout.Measure(block, context, cancellationToken);
        var rows = block.RowCount;
        Ensure(table.HeaderHeight + (rows > 0 ? table.RowHeights[0] : table.TotalHeight));
        var row = 0;
        while (true)
        {
            var top = y;
            y += table.HeaderHeight;
            var first = row;
            while (row < rows && (block.MaxRowsPerPage is not { } max || row - first < max) && y + table.RowHeights[row] <= PageGeometry.ContentBottom + Epsilon)
            {
                if ((row & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                y += table.RowHeights[row++];
            }
            if (row == first && row < rows)
            {
                if (top > PageGeometry.MarginTop) { y = top; NewPage(); continue; }
                y += table.RowHeights[row++];   // a row taller than a page: alone on its page, cut at the margin
            }
            var totalHere = row == rows && block.TotalRow is not null && y + table.TotalHeight <= PageGeometry.ContentBottom + Epsilon;
            page.Items.Add(new PlacedTableSlice(table, first, row, totalHere, top));
            if (totalHere) y += table.TotalHeight;
            if (row == rows && (block.TotalRow is null || totalHere)) break;
            NewPage();
        }
        y += 10;
    }

    private void Image(ImageBlock block)
    {
        var image = SKImage.FromEncodedData(block.EncodedImage) ?? throw new ArgumentException("The image could not be decoded (PNG, JPEG or WebP expected).");
        resources.Add(image);
        var width = Math.Min(block.WidthPoints, PageGeometry.ContentWidth);
        var height = width * image.Height / image.Width;
        if (height > PageGeometry.ContentHeight)
        {
            width *= PageGeometry.ContentHeight / height;
            height = PageGeometry.ContentHeight;
        }
        Ensure(height);
        var left = PageGeometry.MarginLeft + (PageGeometry.ContentWidth - width) / 2;
        page.Items.Add(new PlacedImage(image, SKRect.Create(left, y, width, height)));
        y += height + 8;
    }

    private void Chart(ChartBlock block)
    {
        var height = Math.Min(PageGeometry.ContentWidth * 0.55f, PageGeometry.ContentHeight);
        Ensure(height);
        page.Items.Add(new PlacedChart(block.Chart, block.Kind, SKRect.Create(PageGeometry.MarginLeft, y, PageGeometry.ContentWidth, height)));
        y += height + 10;
    }

    private void QrCode(QrCodeBlock block)
    {
        var size = Math.Min(block.SizePoints, PageGeometry.ContentWidth);
        var captionHeight = block.Caption is null ? 0 : Styles.CaptionSize * 1.6f;
        Ensure(size + captionHeight);
        var left = PageGeometry.MarginLeft + (PageGeometry.ContentWidth - size) / 2;
        page.Items.Add(new PlacedQrCode(block.Text, SKRect.Create(left, y, size, size)));
        y += size;
        if (block.Caption is { } caption)
            Text(caption, bold: false, Styles.CaptionSize, Styles.CaptionSize * 1.6f, TextAlign.Center, 0, 0, PageGeometry.ContentWidth, Styles.Muted);
        y += 8;
    }
}
