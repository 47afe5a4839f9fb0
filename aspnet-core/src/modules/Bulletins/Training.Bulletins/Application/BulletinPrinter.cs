using Microsoft.Extensions.Configuration;
using Training.Bulletins.Domain;
using Training.Bulletins.Kinds;
using Training.Documents;
using Training.SharedKernel.Files;

namespace Training.Bulletins.Application;

/// <summary>How a bulletin is printed: as a draft (草稿, no number) or published (number, date, verification code), by whom.</summary>
internal sealed record PrintedAs(string IssuingBody, DateOnly Date, string? NumberText, string? VerificationCode, string PublicBaseUrl)
{
    public bool IsDraft => NumberText is null;
}

/// <summary>A rendered PDF in a temporary file, deleted on dispose.</summary>
internal sealed class RenderedPdf(string path, string title, int pageCount) : IAsyncDisposable
{
    public string Path { get; } = path;
    public string Title { get; } = title;
    public int PageCount { get; } = pageCount;

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Prints a bulletin: the official header (issuing body in red, the number, the date, a red rule), the kind's title and
/// body, the 草稿 watermark of a draft, and on every page the footer with the verification URL and 第 X 页 共 Y 页.
/// Renders into a temporary file (pages streamed out, memory bounded), then stores it through the file storage.
/// </summary>
internal sealed class BulletinPrinter(DocumentRenderer renderer, IFileStorage files, IConfiguration configuration)
{
    public const string DraftWatermark = "草稿";

    /// <summary>Testing only: a pause per row drawn, so a browser test can watch the progress of a small bulletin.</summary>
    private readonly int _rowDelayMilliseconds = configuration.GetValue("Bulletins:Testing:RowDelayMilliseconds", 0);

    public static DocumentBuilder Compose(Bulletin bulletin, BulletinBody body, PrintedAs printed)
    {
        var document = new DocumentBuilder()
            .Info(body.Title, subject: bulletin.Kind, author: printed.IssuingBody)
            .OfficialHeader(printed.IssuingBody, printed.NumberText, printed.Date)
            .Title(body.Title)
            .Watermark(printed.IsDraft ? DraftWatermark : null)
            .Footer(printed.IsDraft ? "草稿：未编号，不作为正式文件" : $"核验码 {printed.VerificationCode}",
                printed.VerificationCode is null ? null : DocumentSettings.VerificationUrl(printed.PublicBaseUrl, printed.VerificationCode));
        body.Compose(document);
        return document;
    }

    public async Task<RenderedPdf> RenderAsync(Bulletin bulletin, BulletinBody body, PrintedAs printed, IProgress<DocumentProgress>? progress,
        CancellationToken cancellationToken)
    {
        var document = Compose(bulletin, body, printed);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bulletin-{Guid.NewGuid():N}.pdf");
        try
        {
            var slowed = _rowDelayMilliseconds > 0 && progress is not null ? new SlowedProgress(progress, _rowDelayMilliseconds) : progress;
            await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920);
            var rendered = renderer.Render(document, output, slowed, cancellationToken);
            return new RenderedPdf(path, body.Title, rendered.PageCount);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public async Task<StoredFile> StoreAsync(RenderedPdf pdf, PrintedAs printed, CancellationToken cancellationToken)
    {
        var name = printed.NumberText is { } number ? $"{pdf.Title}{number}.pdf" : $"{pdf.Title}（草稿）.pdf";
        await using var content = pdf.OpenRead();
        return await files.SaveGeneratedAsync(new GeneratedFile(name, "bulletin", FileKind.Pdf), content, cancellationToken);
    }

    private sealed class SlowedProgress(IProgress<DocumentProgress> inner, int rowDelayMilliseconds) : IProgress<DocumentProgress>
    {
        private int _rows;

        public void Report(DocumentProgress value)
        {
            // Row by row: the renderer reports once a page, and a hall's bulletin is one page, so its rows would
            // otherwise appear all at once at the end and the browser test would never see them move.
            if (value.RowsDone <= _rows)
            {
                inner.Report(value);
                return;
            }
            for (var row = _rows + 1; row <= value.RowsDone; row++)
            {
                Thread.Sleep(rowDelayMilliseconds);
                inner.Report(value with { RowsDone = row });
            }
            _rows = value.RowsDone;
        }
    }
}
