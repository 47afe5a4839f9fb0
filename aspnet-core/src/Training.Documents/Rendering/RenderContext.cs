using SkiaSharp;
using Training.Documents.Fonts;
using Training.Documents.Text;

namespace Training.Documents.Rendering;

/// <summary>
/// What one render shares between layout and drawing: the shaped-text cache, Skia fonts by face and size, paints
/// by colour, and the text-blob builder. One per render, used by one thread.
/// </summary>
internal sealed class RenderContext(DocumentFonts fonts) : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size), SKFont> skFonts = [];
    private readonly Dictionary<SKColor, SKPaint> fills = [];
    private readonly SKTextBlobBuilder blobs = new();
    private float[] positions = new float[256];
    private SKPoint[] points = new SKPoint[256];

    public TextCache Text { get; } = new(fonts);

    public ShapedText Shape(string text, bool bold = false) => Text.Get(text, bold);

    public FontFace Face(bool bold) => Text.Face(bold);

    public SKFont Font(bool bold, float size)
    {
        if (!skFonts.TryGetValue((bold, size), out var font)) skFonts[(bold, size)] = font = Face(bold).CreateFont(size);
        return font;
    }

    public SKPaint Fill(SKColor color)
    {
        if (!fills.TryGetValue(color, out var paint)) fills[color] = paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        return paint;
    }

    public SKPaint Stroke(SKColor color, float width) =>
        new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };

    /// <summary>The baseline of a line box of <paramref name="lineHeight"/> starting at <paramref name="top"/>: the glyphs centred in it.</summary>
    public float Baseline(bool bold, float size, float top, float lineHeight)
    {
        var face = Face(bold);
        return top + (lineHeight - (face.Ascent + face.Descent) * size) / 2 + face.Ascent * size;
    }

    /// <summary>
    /// Draws glyphs [line.Start, line.End) at (x, baseline); <paramref name="extraPerGap"/> widens each break
    /// opportunity inside the line (justification: between ideographs and at spaces, never inside a word).
    /// </summary>
    public void DrawLine(SKCanvas canvas, ShapedText text, TextLine line, bool bold, float size, float x, float baseline, SKColor color,
        float extraPerGap = 0)
    {
        var count = line.End - line.Start;
        if (count <= 0) return;
        var font = Font(bold, size);
        var glyphs = text.Glyphs.AsSpan(line.Start, count);
        if (text.OffsetsX is null)
        {
            if (positions.Length < count) positions = new float[Math.Max(count, positions.Length * 2)];
            var pen = 0f;
            for (var i = 0; i < count; i++)
            {
                var g = line.Start + i;
                if (i > 0 && extraPerGap != 0 && text.BreakBefore[g]) pen += extraPerGap;
                positions[i] = pen;
                pen += text.Advances[g] * size;
            }
            blobs.AddHorizontalRun(glyphs, font, positions.AsSpan(0, count), 0);
        }
        else
        {
            if (points.Length < count) points = new SKPoint[Math.Max(count, points.Length * 2)];
            var pen = 0f;
            for (var i = 0; i < count; i++)
            {
                var g = line.Start + i;
                if (i > 0 && extraPerGap != 0 && text.BreakBefore[g]) pen += extraPerGap;
                points[i] = new SKPoint(pen + text.OffsetsX[g] * size, text.OffsetsY![g] * size);
                pen += text.Advances[g] * size;
            }
            blobs.AddPositionedRun(glyphs, font, points.AsSpan(0, count));
        }
        using var blob = blobs.Build();
        if (blob is not null) canvas.DrawText(blob, x, baseline, Fill(color));
    }

    /// <summary>Draws a string on one line (no wrapping), anchored at x by its left edge, centre or right edge.</summary>
    public void DrawSingleLine(SKCanvas canvas, string text, bool bold, float size, float x, float baseline, SKColor color,
        Layout.TextAlign anchor = Layout.TextAlign.Left)
    {
        var shaped = Shape(text, bold);
        var width = shaped.Width * size;
        var left = anchor switch { Layout.TextAlign.Center => x - width / 2, Layout.TextAlign.Right => x - width, _ => x };
        DrawLine(canvas, shaped, new TextLine(0, shaped.Count, width), bold, size, left, baseline, color);
    }

    public float Measure(string text, bool bold, float size) => Shape(text, bold).Width * size;

    /// <summary>The number of break opportunities inside a line: the gaps justification may widen.</summary>
    public static int Gaps(ShapedText text, TextLine line)
    {
        var gaps = 0;
        for (var g = line.Start + 1; g < line.End; g++) if (text.BreakBefore[g]) gaps++;
        return gaps;
    }

    public void Dispose()
    {
        foreach (var font in skFonts.Values) font.Dispose();
        foreach (var paint in fills.Values) paint.Dispose();
        blobs.Dispose();
    }
}
