using Training.Documents.Blocks;

namespace Training.Documents;

/// <summary>
/// Describes an A4 document in reading order; building is cheap, all layout happens in <see cref="DocumentRenderer"/>.
/// Page furniture (watermark, footer) applies to every page wherever it is set.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly List<Block> blocks = [];

    internal IReadOnlyList<Block> Blocks => blocks;
    internal string? DocumentTitle { get; private set; }
    internal string? DocumentSubject { get; private set; }
    internal string? DocumentAuthor { get; private set; }
    internal string? WatermarkText { get; private set; }
    internal string? FooterText { get; private set; }
    internal string? FooterUrl { get; private set; }

    /// <summary>PDF metadata. No dates are written, so the same document gives the same bytes.</summary>
    public DocumentBuilder Info(string title, string? subject = null, string? author = null)
    {
        DocumentTitle = title;
        DocumentSubject = subject;
        DocumentAuthor = author;
        return this;
    }

    /// <summary>
    /// The title block of an official bulletin: the issuing body in red, the number (〔2026〕第3期; null for a draft,
    /// which then shows only the date), the date, a red rule.
    /// </summary>
    public DocumentBuilder OfficialHeader(string issuingBody, string? number, DateOnly date) =>
        Add(new OfficialHeaderBlock(Required(issuingBody), number, date));

    /// <summary>The document's title, centred and large.</summary>
    public DocumentBuilder Title(string text) => Add(new TitleBlock(Required(text)));

    /// <summary>Text drawn diagonally in light grey on every page (草稿 on a draft); null for none.</summary>
    public DocumentBuilder Watermark(string? text)
    {
        WatermarkText = string.IsNullOrWhiteSpace(text) ? null : text;
        return this;
    }

    /// <summary>Every page: the text and the verification URL on the left, 第 X 页 共 Y 页 on the right.</summary>
    public DocumentBuilder Footer(string? text, string? url)
    {
        FooterText = text;
        FooterUrl = url;
        return this;
    }

    public DocumentBuilder Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        return Add(new HeadingBlock(Required(text), level));
    }

    /// <summary>A paragraph with a two-character first-line indent (公文 style), justified.</summary>
    public DocumentBuilder Paragraph(string text) => Add(new ParagraphBlock(text ?? ""));

    public DocumentBuilder List(IEnumerable<string> items, bool ordered = false) =>
        Add(new ListBlock((items ?? throw new ArgumentNullException(nameof(items))).ToArray(), ordered));

    public DocumentBuilder Table<T>(TableSpec<T> table) => Add(TableBlock.From(table));

    /// <summary>A PNG, JPEG or WebP image, scaled to the width (at most the text width), centred.</summary>
    public DocumentBuilder Image(byte[] encodedImage, float widthPoints)
    {
        ArgumentNullException.ThrowIfNull(encodedImage);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthPoints);
        return Add(new ImageBlock(encodedImage, widthPoints));
    }

    public DocumentBuilder BarChart(ChartSpec chart) => Add(new ChartBlock(Valid(chart), ChartKind.Bar));

    public DocumentBuilder LineChart(ChartSpec chart) => Add(new ChartBlock(Valid(chart), ChartKind.Line));

    /// <summary>A QR code drawn as vector squares, centred, with an optional caption below.</summary>
    public DocumentBuilder QrCode(string text, float sizePoints, string? caption = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sizePoints);
        return Add(new QrCodeBlock(Required(text), sizePoints, caption));
    }

    public DocumentBuilder Spacer(float points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        return Add(new SpacerBlock(points));
    }

    public DocumentBuilder PageBreak() => Add(new PageBreakBlock());

    private DocumentBuilder Add(Block block)
    {
        blocks.Add(block);
        return this;
    }

    private static string Required(string text, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(text))] string? name = null) =>
        string.IsNullOrWhiteSpace(text) ? throw new ArgumentException("Text is required.", name) : text;

    private static ChartSpec Valid(ChartSpec chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Series.Any(s => s.Values.Count != chart.Categories.Count))
            throw new ArgumentException("Every series needs one value per category.", nameof(chart));
        return chart;
    }
}
