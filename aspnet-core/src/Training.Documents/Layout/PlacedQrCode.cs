using System.Collections;
using QRCoder;
using SkiaSharp;
using Training.Documents.Rendering;

namespace Training.Documents.Layout;

/// <summary>
/// A QR code as vector squares: QRCoder's module matrix (its four-module quiet zone included, so the box is the code
/// with its margin), dark modules merged into horizontal runs so a row is a few rectangles, not dozens.
/// </summary>
internal sealed class PlacedQrCode : Placed
{
    private readonly List<BitArray> modules;
    private readonly SKRect box;

    public PlacedQrCode(string text, SKRect box)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M, forceUtf8: true, utf8BOM: false,
            QRCodeGenerator.EciMode.Default, requestedVersion: -1);
        modules = data.ModuleMatrix;
        this.box = box;
    }

    public override void Draw(RenderContext context, SKCanvas canvas)
    {
        canvas.DrawRect(box, context.Fill(SKColors.White));   // a clean quiet zone over a watermark or shading
        var size = modules.Count;
        var module = box.Width / size;
        var dark = context.Fill(SKColors.Black);
        for (var row = 0; row < size; row++)
        {
            var bits = modules[row];
            var column = 0;
            while (column < size)
            {
                if (!bits[column]) { column++; continue; }
                var start = column;
                while (column < size && bits[column]) column++;
                // A hair of overlap between neighbouring rows keeps viewers from drawing seams between them.
                canvas.DrawRect(SKRect.Create(box.Left + start * module, box.Top + row * module, (column - start) * module, module + 0.01f), dark);
            }
        }
    }
}
