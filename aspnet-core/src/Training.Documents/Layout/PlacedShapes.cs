using SkiaSharp;
using Training.Documents.Rendering;

namespace Training.Documents.Layout;

/// <summary>A horizontal rule (the red line under an official header).</summary>
internal sealed class PlacedRule(float x1, float x2, float y, float thickness, SKColor color) : Placed
{
    public override void Draw(RenderContext context, SKCanvas canvas) =>
        canvas.DrawRect(SKRect.Create(x1, y - thickness / 2, x2 - x1, thickness), context.Fill(color));
}

/// <summary>A decoded image scaled into its box.</summary>
internal sealed class PlacedImage(SKImage image, SKRect box) : Placed
{
    public override void Draw(RenderContext context, SKCanvas canvas)
    {
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, box, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }
}
