using System.Diagnostics;
using Training.Documents;
using Training.Documents.Samples;

namespace Training.Tests.Documents;

/// <summary>The same document rendered by two separate processes (and this one) is the same bytes.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Should_render_the_same_bytes_in_two_processes()
    {
        var directory = Directory.CreateTempSubdirectory("training-determinism-").FullName;
        try
        {
            var first = Path.Combine(directory, "first.pdf");
            var second = Path.Combine(directory, "second.pdf");
            RenderInNewProcess(first);
            RenderInNewProcess(second);

            using var here = new MemoryStream();
            new DocumentRenderer(TestFonts.Fonts).Render(SampleDocuments.TrainingBulletin(), here);

            var bytes = File.ReadAllBytes(first);
            bytes.Length.ShouldBeGreaterThan(10_000);
            File.ReadAllBytes(second).SequenceEqual(bytes).ShouldBeTrue("two processes wrote different PDFs");
            here.ToArray().SequenceEqual(bytes).ShouldBeTrue("this process and a new one wrote different PDFs");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Should_write_no_dates_into_the_document()
    {
        using var output = new MemoryStream();
        new DocumentRenderer(TestFonts.Fonts).Render(SampleDocuments.Certificate("李四", "https://x.example/verify/1"), output);
        var text = System.Text.Encoding.Latin1.GetString(output.ToArray());
        text.ShouldNotContain("/CreationDate");
        text.ShouldNotContain("/ModDate");
        text.ShouldContain("/Producer (Training.Documents");
    }

    /// <summary>
    /// The samples' console entry, run with this test assembly's runtime and dependency files (which list it), so the
    /// child loads exactly the libraries this process does.
    /// </summary>
    private static void RenderInNewProcess(string output)
    {
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = bin };
        foreach (var argument in new[]
                 {
                     "exec", "--runtimeconfig", Path.Combine(bin, "Training.Tests.runtimeconfig.json"), "--depsfile", Path.Combine(bin, "Training.Tests.deps.json"),
                     Path.Combine(bin, "Training.Documents.Samples.dll"), output,
                 })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120))) { process.Kill(true); throw new TimeoutException("the sample render took over 120 s"); }
        process.ExitCode.ShouldBe(0, $"{stdout.Result}\n{stderr.Result}");
    }
}
