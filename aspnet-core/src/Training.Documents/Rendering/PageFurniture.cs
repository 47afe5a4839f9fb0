using System.Globalization;
using SkiaSharp;
using Training.Documents.Layout;

namespace Training.Documents.Rendering;

/// <summary>
/// What every page carries: the footer with the page number, and the watermark drawn over the content in translucent
/// grey (under it, table shading would hide it).
/// </summary>
internal static class PageFurniture
{
    public static void Watermark(RenderContext context, SKCanvas canvas, string text)
    {
        canvas.Save();
        canvas.Translate(PageGeometry.Width / 2, PageGeometry.Height / 2);
        canvas.RotateDegrees(-35);
        var size = Math.Min(Styles.WatermarkSize, PageGeometry.Width * 1.1f / Math.Max(1, context.Measure(text, true, 1)));
        context.DrawSingleLine(canvas, text, true, size, 0, size * 0.35f, Styles.Watermark, TextAlign.Center);
        canvas.Restore();
    }

    /// <summary>A thin rule, the text and the URL on the left, 第 X 页 共 Y 页 on the right.</summary>
    public static void Footer(RenderContext context, SKCanvas canvas, string? text, string? url, int pageNumber, int pageCount)
    {
        const float size = Styles.FooterSize;
        var top = PageGeometry.ContentBottom + 18;
        var left = PageGeometry.MarginLeft;
        var right = PageGeometry.Width - PageGeometry.MarginRight;
        canvas.DrawRect(SKRect.Create(left, top - 6, right - left, 0.5f), context.Fill(Styles.Rule));
        // Ideographic spaces: text extractors (pdftotext) take evenly narrow gaps in a line for letter spacing and
        // drop them, so "第 1 页 共 3 页" would come out as 第1页共3页; full-width gaps read as the spaces they are.
        var number = string.Create(CultureInfo.InvariantCulture, $"第\u3000{pageNumber}\u3000页\u3000共\u3000{pageCount}\u3000页");
        var baseline = top + size;
        context.DrawSingleLine(canvas, number, false, size, right, baseline, Styles.Muted, TextAlign.Right);
        var room = right - left - context.Measure(number, false, size) - 12;
        canvas.Save();
        canvas.ClipRect(SKRect.Create(left, top - 2, room, size * 3.2f));
        if (!string.IsNullOrEmpty(text)) context.DrawSingleLine(canvas, text, false, size, left, baseline, Styles.Muted);
        if (!string.IsNullOrEmpty(url)) context.DrawSingleLine(canvas, url, false, size, left, baseline + size * 1.4f, Styles.Muted);
        canvas.Restore();
    }
}
