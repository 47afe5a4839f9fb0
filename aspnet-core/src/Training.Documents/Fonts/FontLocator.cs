using System.Diagnostics;

namespace Training.Documents.Fonts;

/// <summary>
/// Finds the CJK faces: the configured paths, else fontconfig's best match for the Noto CJK families Debian's
/// fonts-noto-cjk installs (fc-match always answers with some font, so the caller checks the face has 中).
/// </summary>
internal static class FontLocator
{
    private static readonly string[] RegularPatterns = ["Noto Serif CJK SC", "Noto Sans CJK SC", ":lang=zh-cn"];
    private static readonly string[] BoldPatterns = ["Noto Serif CJK SC:weight=bold", "Noto Sans CJK SC:weight=bold", ":lang=zh-cn:weight=bold"];

    public static IEnumerable<FontSource> Regular(DocumentFontOptions options) => Candidates(options.RegularPath, RegularPatterns);

    public static IEnumerable<FontSource> Bold(DocumentFontOptions options) => Candidates(options.BoldPath, BoldPatterns);

    private static IEnumerable<FontSource> Candidates(string? configured, string[] patterns)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            yield return FontSource.Parse(configured);
            yield break;
        }
        foreach (var pattern in patterns)
            if (FcMatch(pattern) is { } found) yield return found;
    }

    private static FontSource? FcMatch(string pattern)
    {
        try
        {
            var start = new ProcessStartInfo("fc-match") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add("%{file}:%{index}");
            start.ArgumentList.Add(pattern);
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(10_000)) { process.Kill(); return null; }
            return process.ExitCode == 0 && output.Length > 0 ? FontSource.Parse(output.Trim()) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;   // no fontconfig on this machine: only configured paths work
        }
    }
}
