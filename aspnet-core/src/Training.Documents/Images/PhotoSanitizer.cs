using SkiaSharp;

namespace Training.Documents.Images;

/// <summary>A photo as stored: JPEG bytes and the size in pixels after orientation and scaling.</summary>
public sealed record SanitizedPhoto(byte[] Jpeg, int Width, int Height);

/// <summary>
/// Re-encodes a phone's photo so nothing but its pixels survives: the EXIF orientation is applied to the pixels (the
/// stored photo needs no tag to stand upright), the longest edge is scaled down to a limit, and a fresh JPEG is written
/// — without EXIF, so no GPS location, camera serial or time stamp leaves with it.
/// </summary>
public static class PhotoSanitizer
{
    public const int DefaultQuality = 85;

    /// <summary>Null when the bytes do not decode as an image.</summary>
    public static SanitizedPhoto? Sanitize(byte[] content, int maxEdge, int quality = DefaultQuality)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEdge, 1);
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        using var source = SKBitmap.Decode(codec);
        if (source is null) return null;
        var origin = codec.EncodedOrigin;
        var swapped = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (uprightWidth, uprightHeight) = swapped ? (source.Height, source.Width) : (source.Width, source.Height);
        var scale = Math.Min(1f, (float)maxEdge / Math.Max(uprightWidth, uprightHeight));
        var width = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var height = Math.Max(1, (int)Math.Round(uprightHeight * scale));

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
                            ?? throw new InvalidOperationException("No surface for the photo.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White); // a PNG's transparency becomes white, as JPEG has none
        canvas.Scale(scale);
        Orient(canvas, origin, source.Width, source.Height);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality);
        return new SanitizedPhoto(encoded.ToArray(), width, height);
    }

    /// <summary>
    /// The transform that stands a stored image of <paramref name="w"/>×<paramref name="h"/> upright (the canvas applies
    /// the last call first): mirror, rotate, or both, then move it back into view.
    /// </summary>
    private static void Orient(SKCanvas canvas, SKEncodedOrigin origin, int w, int h)
    {
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: // mirrored
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight: // upside down
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft: // mirrored upside down
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop: // transposed
                canvas.Scale(-1, 1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightTop: // turned a quarter anticlockwise: turn it clockwise
                canvas.Translate(h, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom: // transversed
                canvas.Translate(h, w);
                canvas.Scale(1, -1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom: // turned a quarter clockwise: turn it back
                canvas.Translate(0, w);
                canvas.RotateDegrees(270);
                break;
        }
    }
}
