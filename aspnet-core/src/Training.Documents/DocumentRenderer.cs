using SkiaSharp;
using Training.Documents.Layout;
using Training.Documents.Rendering;

namespace Training.Documents;

/// <summary>
/// Renders a described document: a layout pass (page breaks, so 共 Y 页 is known), then page by page straight into
/// the output stream (Skia writes each page as it ends, so a long document is never whole in memory). The same
/// builder with the same fonts gives the same bytes: no dates, fixed producer. Thread-safe; register as a singleton.
/// </summary>
public sealed class DocumentRenderer(DocumentFonts fonts)
{
    public const string Producer = "Training.Documents (SkiaSharp PDF)";

    /// <summary>Skia's "quality" above 100: images are stored lossless (deflate), never re-encoded as JPEG.</summary>
    private const int LosslessImages = 101;

    public RenderedDocument Render(DocumentBuilder document, Stream output, IProgress<DocumentProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (!fonts.Available) throw new InvalidOperationException(fonts.Problem);

        var resources = new List<IDisposable>();
        using var context = new RenderContext(fonts);
        try
        {
            var pages = new LayoutEngine(context, resources, cancellationToken).Layout(document);
            var rowsTotal = document.Blocks.OfType<Blocks.TableBlock>().Sum(t => t.RowCount);
            var counting = new CountingStream(output);
            var metadata = new SKDocumentPdfMetadata
            {
                Title = document.DocumentTitle ?? "", Subject = document.DocumentSubject ?? "", Author = document.DocumentAuthor ?? "",
                Creator = Producer, Producer = Producer, Creation = null, Modified = null, PdfA = false,
                // A struct: left unset these are 0, which Skia takes as JPEG quality 0 for every image and 0 dpi.
                RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
                EncodingQuality = LosslessImages,
            };
            using var pdf = SKDocument.CreatePdf(counting, metadata);
            var rowsDone = 0;
            try
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var canvas = pdf.BeginPage(PageGeometry.Width, PageGeometry.Height);
                    foreach (var item in pages[i].Items) item.Draw(context, canvas);
                    if (document.WatermarkText is { } watermark) PageFurniture.Watermark(context, canvas, watermark);
                    PageFurniture.Footer(context, canvas, document.FooterText, document.FooterUrl, i + 1, pages.Count);
                    pdf.EndPage();
                    rowsDone += pages[i].TableRows;
                    pages[i] = null!;   // drawn: its layout can go
                    progress?.Report(new DocumentProgress(rowsDone, rowsTotal, i + 1));
                }
                pdf.Close();
            }
            catch
            {
                pdf.Abort();
                throw;
            }
            counting.Flush();
            return new RenderedDocument(pages.Count, counting.Written);
        }
        finally
        {
            foreach (var resource in resources) resource.Dispose();
        }
    }
}
