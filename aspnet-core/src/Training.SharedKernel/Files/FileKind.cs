namespace Training.SharedKernel.Files;

public enum FileKind { Pdf, Png, Jpeg, Xlsx, Docx, Pptx, Zip, Text }

/// <summary>
/// Decides what a file is from its first bytes, not from its name or the content type the browser sent.
/// </summary>
public static class FileInspector
{
    public static FileKind? Detect(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileKind.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            // Office files are zip packages; the extension tells which, the zip signature proves it is one.
            var extension = Path.GetExtension(fileName).ToLowerInvariant();
            return extension switch { ".xlsx" => FileKind.Xlsx, ".docx" => FileKind.Docx, ".pptx" => FileKind.Pptx, _ => FileKind.Zip };
        }
        return LooksLikeText(head) ? FileKind.Text : null;
    }

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        FileKind.Zip => "application/zip",
        _ => "text/plain; charset=utf-8",
    };

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
            if (b == 0 || (b < 0x09)) return false;
        return head.Length > 0;
    }
}
