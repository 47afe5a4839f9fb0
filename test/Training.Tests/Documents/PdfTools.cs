using System.ComponentModel;
using System.Diagnostics;

namespace Training.Tests.Documents;

/// <summary>
/// poppler-utils for tests that read generated PDFs back: the text (pdftotext) and page images (pdftoppm). A missing
/// tool fails the test with the package to install, never skips it. Page images go under artifacts/test-pdf/.
/// </summary>
public static class PdfTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The text of a PDF in reading order (pdftotext's default mode), pages separated by form feeds.</summary>
    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>The text of a PDF held in memory (a download), as <see cref="Text"/> reads a file.</summary>
    public static string ToText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pdftools-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return Text(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The text with the page's layout kept (<c>-layout</c>): a table row stays on one line.</summary>
    public static string LayoutText(string pdf) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    /// <summary>Renders pages to PNG files <c>{prefix}-N.png</c> at <paramref name="dpi"/>; returns them in page order.</summary>
    public static IReadOnlyList<string> PageImages(string pdf, string prefix, int dpi = 60, int? firstPage = null, int? lastPage = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(prefix))!);
        foreach (var old in Images(prefix)) File.Delete(old);
        List<string> arguments = ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png"];
        if (firstPage is { } f) arguments.AddRange(["-f", f.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (lastPage is { } l) arguments.AddRange(["-l", l.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Run("pdftoppm", [.. arguments, pdf, prefix]);
        return Images(prefix);
    }

    /// <summary>artifacts/test-pdf/ in the repository (created): where tests keep PDFs and page images to look at.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Training.sln"))) dir = dir.Parent;
            var root = dir?.FullName ?? throw new InvalidOperationException("Training.sln not found above the test folder.");
            return Directory.CreateDirectory(Path.Combine(root, "artifacts", "test-pdf")).FullName;
        }
    }

    private static IReadOnlyList<string> Images(string prefix) =>
        Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(prefix))!, Path.GetFileName(prefix) + "-*.png")
            .OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).ToList();

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (apt-get install poppler-utils): {e.Message}", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} {string.Join(' ', arguments)} took longer than {Timeout.TotalSeconds} s.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
            return output.Result;
        }
    }
}
