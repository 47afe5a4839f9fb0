using SkiaSharp;
using Training.Documents;
using Training.Documents.Samples;

namespace Training.Tests.Documents;

/// <summary>Every kind of block on a page, progress while drawing, and cancellation.</summary>
public sealed class DocumentRendererTests
{
    private sealed class Recorder : IProgress<DocumentProgress>
    {
        public List<DocumentProgress> Reports { get; } = [];
        public void Report(DocumentProgress value) => Reports.Add(value);
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(120, 60, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(10, 10, 100, 40, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void Should_render_every_kind_of_block()
    {
        var document = new DocumentBuilder()
            .Info("样张", "全部元素")
            .OfficialHeader("某某市政务服务管理办公室", "〔2026〕第12期", new DateOnly(2026, 1, 5))
            .Title("各类元素样张")
            .Heading("一、标题与段落").Heading("（一）二级标题", 2).Heading("1. 三级标题", 3)
            .Paragraph("第一段。\n换行后的第二段。")
            .List(["无序一", "无序二"])
            .Image(Png(), 200)
            .LineChart(new ChartSpec("月度趋势", ["1月", "2月", "3月"], [new ChartSeries("出勤率", [0.95, 0.97, 0.96]), new ChartSeries("培训率", [0.8, 0.9, 1])], "P0"))
            .PageBreak()
            .BarChart(new ChartSpec("负值与零", ["甲", "乙"], [new ChartSeries("差值", [-3, 5])]))
            .Spacer(20)
            .QrCode("https://x.example/verify/ALL", 60)
            .Footer("页脚文字", "https://x.example/verify/ALL");
        var (pdf, rendered) = TestFonts.RenderToArtifact(document, "all-blocks");
        rendered.PageCount.ShouldBe(2);
        var text = PdfTools.Text(pdf);
        text.ShouldContain("〔2026〕第12期");
        text.ShouldContain("换行后的第二段。");
        text.ShouldContain("月度趋势");
        text.ShouldContain("出勤率");
        text.ShouldContain("100 %");   // the value axis in the chart's format (P0, invariant)
        text.ShouldContain("负值与零");
        text.ShouldContain("第 2 页 共 2 页");
        PdfTools.PageImages(pdf, Path.Combine(PdfTools.ArtifactsDirectory, "all-blocks")).Count.ShouldBe(2);
        // The PNG is stored lossless, not re-encoded as a JPEG (Skia's default for an unset quality is JPEG at 0).
        System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)).ShouldNotContain("/DCTDecode");
    }

    [Fact]
    public void Should_report_rows_and_pages_while_drawing()
    {
        var recorder = new Recorder();
        var rendered = new DocumentRenderer(TestFonts.Fonts).Render(SampleDocuments.TrainingBulletin(units: 120), Stream.Null, recorder);
        recorder.Reports.Count.ShouldBe(rendered.PageCount);
        recorder.Reports.Select(r => r.PagesDone).ShouldBe(Enumerable.Range(1, rendered.PageCount));
        recorder.Reports.ShouldAllBe(r => r.RowsTotal == 120);
        recorder.Reports.Select(r => r.RowsDone).ShouldBeInOrder();
        recorder.Reports[^1].RowsDone.ShouldBe(120);
        rendered.Bytes.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Should_stop_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var cancelling = new Progress(p => { if (p.PagesDone == 1) cancellation.Cancel(); });
        Should.Throw<OperationCanceledException>(() =>
            new DocumentRenderer(TestFonts.Fonts).Render(SampleDocuments.TrainingBulletin(units: 120), Stream.Null, cancelling, cancellation.Token));
    }

    private sealed class Progress(Action<DocumentProgress> report) : IProgress<DocumentProgress>
    {
        public void Report(DocumentProgress value) => report(value);
    }
}
