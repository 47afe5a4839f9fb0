namespace Training.SharedKernel.Files;

public enum FileKind { Pdf, Png, Jpeg, Xlsx, Docx, Pptx, Zip, Text }

/// <summary>
/// Decides what a file is from its content, never from its name or the content type the browser sent: signatures for
/// PDF and images, and for Office files the package itself (a zip whose <c>[Content_Types].xml</c> names the main part
/// of a workbook, a document or a presentation).
/// </summary>
public static class FileInspector
{
    public static FileKind? Detect(byte[] content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 512));
        if (head.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileKind.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (head.StartsWith("PK\u0003\u0004"u8)) return ZipPackage.OfficeKind(content) ?? (ZipPackage.DeclaredParts(content) is null ? null : FileKind.Zip);
        return LooksLikeText(head) ? FileKind.Text : null;
    }

    /// <summary>The extension a stored file gets: the detected kind's, whatever the client named it.</summary>
    public static string Extension(FileKind kind) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Png => ".png",
        FileKind.Jpeg => ".jpg",
        FileKind.Xlsx => ".xlsx",
        FileKind.Docx => ".docx",
        FileKind.Pptx => ".pptx",
        FileKind.Zip => ".zip",
        _ => ".txt",
    };

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
