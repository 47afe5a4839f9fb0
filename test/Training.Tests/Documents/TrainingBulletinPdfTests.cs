using Training.Documents.Samples;

namespace Training.Tests.Documents;

/// <summary>
/// A training bulletin read back with pdftotext, compared as strings: a radical for an ideograph (⼼ for 心), a
/// missing unit or a unit out of order fails. Its PDF and page images are kept under artifacts/test-pdf/.
/// </summary>
public sealed class TrainingBulletinPdfTests
{
    [Fact]
    public void Should_extract_the_exact_title_the_units_in_order_and_the_page_numbers()
    {
        var (pdf, rendered) = TestFonts.RenderToArtifact(SampleDocuments.TrainingBulletin(units: 60), "training-bulletin");
        rendered.PageCount.ShouldBeGreaterThan(1);
        var text = PdfTools.Text(pdf);

        text.ShouldContain(SampleDocuments.BulletinTitle);
        text.ShouldContain("某某市政务服务管理办公室");
        text.ShouldContain("〔2026〕第3期");
        text.ShouldContain("2026年12月2日");
        text.ShouldContain("不动产登记中心");   // 心, which the stock font extracts as the radical ⼼
        text.ShouldContain("《政务服务人员岗前培训办法》（试行）");
        text.ShouldContain(SampleDocuments.VerifyUrl);
        for (var page = 1; page <= rendered.PageCount; page++) text.ShouldContain($"第 {page} 页 共 {rendered.PageCount} 页");
        text.EnumerateRunes().ShouldNotContain(r => r.Value >= 0x2E80 && r.Value <= 0x2FDF, "a radical in place of an ideograph");

        // Table rows in rank order, each on its own line of the laid-out text: rank, unit, counts, rate.
        var lines = PdfTools.LayoutText(pdf).Split('\n');
        var at = 0;
        var rank = 0;
        foreach (var unit in SampleDocuments.Units(60))
        {
            rank++;
            var expected = $"{rank} {unit.Unit} {unit.Required} {unit.Completed} {unit.Rate:0.0%}";
            while (at < lines.Length && Collapse(lines[at]) != expected) at++;
            at.ShouldBeLessThan(lines.Length, $"row \"{expected}\" missing or out of order");
        }
    }

    [Fact]
    public void Should_repeat_the_table_header_on_every_page_with_rows()
    {
        var (pdf, rendered) = TestFonts.RenderToArtifact(SampleDocuments.TrainingBulletin(units: 60), "training-bulletin-header");
        var pages = PdfTools.LayoutText(pdf).Split('\f').Take(rendered.PageCount).ToList();
        var withRows = pages.Where(p => p.Split('\n').Any(l => Collapse(l).EndsWith('%') && char.IsDigit(Collapse(l)[0]))).ToList();
        withRows.Count.ShouldBeGreaterThan(1);
        withRows.ShouldAllBe(p => p.Split('\n', StringSplitOptions.None).Any(l => Collapse(l) == "排名 单位 应训人数 实训人数 完成率"));
    }

    [Fact]
    public void Should_mark_a_draft_and_leave_out_its_number()
    {
        var (pdf, _) = TestFonts.RenderToArtifact(SampleDocuments.TrainingBulletin(draft: true), "training-bulletin-draft");
        var text = PdfTools.Text(pdf);
        text.ShouldNotContain("〔2026〕");
        text.ShouldContain("草");
        text.ShouldContain("稿");
        text.ShouldContain(SampleDocuments.BulletinTitle);
    }

    [Fact]
    public void Should_keep_page_images_of_the_bulletin_as_test_artefacts()
    {
        var (pdf, rendered) = TestFonts.RenderToArtifact(SampleDocuments.TrainingBulletin(units: 60), "training-bulletin-pages");
        var images = PdfTools.PageImages(pdf, Path.Combine(PdfTools.ArtifactsDirectory, "training-bulletin"));
        images.Count.ShouldBe(rendered.PageCount);
        images.ShouldAllBe(i => new FileInfo(i).Length > 5_000);
    }

    private static string Collapse(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
