using Training.Documents;
using Training.Documents.Samples;

// dotnet Training.Documents.Samples.dll <output.pdf> [font cache directory]
// Renders the sample training bulletin: the determinism test runs this twice, as two processes, and compares bytes.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Training.Documents.Samples <output.pdf> [font cache directory]");
    return 2;
}
using var fonts = DocumentFonts.Load(new DocumentFontOptions { CacheDirectory = args.Length > 1 ? args[1] : null });
if (!fonts.Available)
{
    Console.Error.WriteLine(fonts.Problem);
    return 1;
}
using var output = File.Create(args[0]);
var rendered = new DocumentRenderer(fonts).Render(SampleDocuments.TrainingBulletin(), output);
Console.WriteLine($"{rendered.PageCount} pages, {rendered.Bytes} bytes");
return 0;
