using System.Text;

namespace Training.SharedKernel.Files;

public static class FileNames
{
    private const int MaxLength = 120;

    /// <summary>Keeps letters (Chinese included), digits and a few marks; drops paths and control characters.</summary>
    public static string Sanitize(string? fileName, string fallback = "file")
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' or '(' or ')' or '（' or '）' ? c : '_');
        var cleaned = builder.ToString().Trim(' ', '.');
        if (cleaned.Length == 0) return fallback;
        if (cleaned.Length <= MaxLength) return cleaned;
        var extension = Path.GetExtension(cleaned);
        return cleaned[..(MaxLength - extension.Length)] + extension;
    }

    /// <summary>
    /// The sanitised name with the extension of the detected type in place of the client's own
    /// (<c>slides.exe</c> holding a PDF is stored as <c>slides.pdf</c>).
    /// </summary>
    public static string Stored(string? fileName, string extension)
    {
        var sanitized = Sanitize(fileName, "file" + extension);
        var stem = Path.GetFileNameWithoutExtension(sanitized).Trim(' ', '.');
        if (stem.Length == 0) stem = "file";
        if (stem.Length + extension.Length > MaxLength) stem = stem[..(MaxLength - extension.Length)];
        return stem + extension;
    }
}
