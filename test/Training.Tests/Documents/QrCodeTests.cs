using SkiaSharp;
using Training.Documents.Samples;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Training.Tests.Documents;

/// <summary>The certificate's QR code rendered to pixels by poppler and decoded by ZXing: a wrong matrix cannot pass.</summary>
public sealed class QrCodeTests
{
    [Fact]
    public void Should_decode_the_verification_url_from_a_rendered_certificate()
    {
        const string url = "https://training.example.cn/verify/C3RT7Q2P";
        var (pdf, rendered) = TestFonts.RenderToArtifact(SampleDocuments.Certificate("王小明", url), "pre-job-certificate");
        rendered.PageCount.ShouldBe(1);
        PdfTools.Text(pdf).ShouldContain("王小明同志于2026年11月参加政务服务窗口岗前培训");

        var image = PdfTools.PageImages(pdf, Path.Combine(PdfTools.ArtifactsDirectory, "pre-job-certificate"), dpi: 150).Single();
        Decode(image).ShouldBe(url);
    }

    [Fact]
    public void Should_decode_a_long_chinese_payload()
    {
        // Text beyond Latin-1 goes in as UTF-8 (QRCoder's forceUtf8): decoded back character for character.
        const string payload = "政务服务中心岗前培训合格证明：王小明，编号2026-000123，有效期至2027年11月19日。";
        var document = new Training.Documents.DocumentBuilder().Title("核验码").QrCode(payload, 200);
        var (pdf, _) = TestFonts.RenderToArtifact(document, "qr-chinese");
        Decode(PdfTools.PageImages(pdf, Path.Combine(PdfTools.ArtifactsDirectory, "qr-chinese"), dpi: 150).Single()).ShouldBe(payload);
    }

    private static string? Decode(string png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException($"{png} is not an image.");
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var c = bitmap.GetPixel(x, y);
            luminance[y * bitmap.Width + x] = (byte)((c.Red * 299 + c.Green * 587 + c.Blue * 114) / 1000);
        }
        var source = new RGBLuminanceSource(luminance, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
            new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true, [DecodeHintType.CHARACTER_SET] = "UTF-8" });
        return result?.Text;
    }
}
