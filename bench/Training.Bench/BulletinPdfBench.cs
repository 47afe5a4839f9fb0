using System.Diagnostics;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Training.Documents;

namespace Training.Bench;

/// <summary>
/// etc/bench.sh bulletin-pdf: a province's ranking (40,000 generated rows: rank, name, unit, score, remarks), 40 rows a
/// page, rendered through the Documents API into one PDF file: a new builder and renderer each run, the layout pass
/// (column widths from every row, row heights, page breaks for 共 Y 页) included. The fonts are loaded before the
/// timing (once per process in the host; the derived font is cached on disk, its first-start cost is printed apart).
/// The same rows are also drawn as plain 40-row pages with raw SkiaSharp calls (the same derived font file, HarfBuzz
/// shaping through SKShaper, fixed column widths, no layout engine): our rate is printed as a ratio to that one.
/// Last line: <c>bulletin-pdf: &lt;pages per second&gt; pages/s</c>.
/// </summary>
internal static class BulletinPdfBench
{
    private const int RowsPerPage = 40;

    public static int Run(string directory, int rowCount)
    {
        Directory.CreateDirectory(directory);
        var fontStart = Stopwatch.StartNew();
        using var fonts = DocumentFonts.Load(new DocumentFontOptions());
        if (!fonts.Available) { Console.Error.WriteLine(fonts.Problem); return 1; }
        Console.WriteLine($"fonts:    {fontStart.Elapsed.TotalSeconds,6:F2} s  ({(fonts.Derived ? "derived now" : "derived font reused from the cache")}: {string.Join(", ", fonts.Files.Select(Path.GetFileName))}), before the timing");

        var rows = RankingGenerator.Generate(rowCount);
        Console.WriteLine($"rows:     {rows.Count:N0} generated ({rows.Count / RowsPerPage:N0} pages of {RowsPerPage})");

        var rawFile = Path.Combine(directory, "ranking-raw.pdf");
        var (rawPages, rawSeconds) = RenderRaw(fonts, rows, rawFile);
        var rawRate = rawPages / rawSeconds;
        Console.WriteLine($"raw:      {rawSeconds,6:F2} s  {rawPages:N0} pages  {rawRate,6:F0} pages/s  {new FileInfo(rawFile).Length / 1e6:F1} MB  (SKShaper + DrawShapedText per cell, fixed widths)");
        GC.Collect();

        var file = Path.Combine(directory, "ranking.pdf");
        var timer = Stopwatch.StartNew();
        var lastProgress = 0;
        RenderedDocument rendered;
        using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var document = new DocumentBuilder()
                .Info("2026年全省政务服务窗口人员培训考核排名", "bench")
                .Footer("全省政务服务窗口人员培训考核排名（生成数据）", "https://training.example.cn/verify/BENCH")
                .Table(new TableSpec<RankingGenerator.RankingRow>
                {
                    Rows = rows, Zebra = true, MaxRowsPerPage = RowsPerPage,
                    Columns =
                    [
                        new("名次", r => r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), ColumnAlign.Center),
                        new("姓名", r => r.Name), new("单位", r => r.Unit), new("得分", r => r.Score, ColumnAlign.Right), new("备注", r => r.Remark),
                    ],
                });
            var progress = new SynchronousProgress(p => lastProgress = p.RowsDone);
            rendered = new DocumentRenderer(fonts).Render(document, output, progress);
        }
        var seconds = timer.Elapsed.TotalSeconds;
        var rate = rendered.PageCount / seconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        if (lastProgress != rows.Count) throw new InvalidOperationException($"progress ended at {lastProgress} of {rows.Count} rows");

        Console.WriteLine($"ours:     {seconds,6:F2} s  {rendered.PageCount:N0} pages  {rate,6:F0} pages/s  {rendered.Bytes / 1e6:F1} MB  (Documents API into {file}, layout pass included)");
        Console.WriteLine($"memory:   peak working set {peak / 1e6:F0} MB (whole process: rows, fonts, both renders)");
        Console.WriteLine($"ratio:    {rate / rawRate:F2}  (our rate / raw rate; goal ≥ 0.5; target ≥ 350 pages/s and < 5 s)");
        Console.WriteLine($"bulletin-pdf: {rate:F0} pages/s");
        return 0;
    }

    /// <summary>The same rows as plain pages: a header row and 40 rows of five cells at fixed widths, shaped per cell by SKShaper.</summary>
    private static (int Pages, double Seconds) RenderRaw(DocumentFonts fonts, List<RankingGenerator.RankingRow> rows, string file)
    {
        var timer = Stopwatch.StartNew();
        float[] widths = [40, 70, 200, 50, 111];
        string[] headers = ["名次", "姓名", "单位", "得分", "备注"];
        const float left = 62, top = 56, rowHeight = 16.7f, size = 9f;
        using var typeface = SKTypeface.FromFile(fonts.Files[0]);
        using var shaper = new SKShaper(typeface);
        using var font = new SKFont(typeface, size) { Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true };
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var rule = new SKPaint { Color = SKColors.Gray, StrokeWidth = 0.4f, Style = SKPaintStyle.Stroke };
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var pdf = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Producer = "bench", Creator = "bench" });
        var pages = 0;
        for (var start = 0; start < rows.Count; start += RowsPerPage)
        {
            var canvas = pdf.BeginPage(595.28f, 841.89f);
            var y = top;
            DrawRow(canvas, headers, y);
            for (var r = start; r < Math.Min(start + RowsPerPage, rows.Count); r++)
            {
                y += rowHeight;
                var row = rows[r];
                DrawRow(canvas, [row.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Name, row.Unit, row.Score, row.Remark], y);
            }
            pdf.EndPage();
            pages++;
        }
        pdf.Close();
        return (pages, timer.Elapsed.TotalSeconds);

        void DrawRow(SKCanvas canvas, string[] cells, float y)
        {
            var x = left;
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length > 0) canvas.DrawShapedText(shaper, cells[c], x + 4, y + 12, font, ink);
                x += widths[c];
            }
            canvas.DrawLine(left, y + rowHeight, x, y + rowHeight, rule);
        }
    }

    /// <summary>Progress reported on the rendering thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<DocumentProgress> report) : IProgress<DocumentProgress>
    {
        public void Report(DocumentProgress value) => report(value);
    }
}
