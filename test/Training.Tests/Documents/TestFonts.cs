using Training.Documents;

namespace Training.Tests.Documents;

/// <summary>The fonts every Documents test renders with: loaded once per test run (as the host does once per process).</summary>
public static class TestFonts
{
    private static readonly Lazy<DocumentFonts> Loaded = new(() =>
    {
        var fonts = DocumentFonts.Load(new DocumentFontOptions());
        if (!fonts.Available) throw new InvalidOperationException(fonts.Problem);
        return fonts;
    });

    public static DocumentFonts Fonts => Loaded.Value;

    /// <summary>Renders to a file under artifacts/test-pdf/ (kept for a look after the run).</summary>
    public static (string Path, RenderedDocument Rendered) RenderToArtifact(DocumentBuilder document, string name)
    {
        var path = Path.Combine(PdfTools.ArtifactsDirectory, name + ".pdf");
        using var output = File.Create(path);
        var rendered = new DocumentRenderer(Fonts).Render(document, output);
        return (path, rendered);
    }
}
