using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;

namespace Training.SharedKernel.Files;

/// <summary>
/// What can be learnt about a zip package (an Office file) without unpacking it: how many parts its central directory
/// declares, and whether it opens at all. Office files are checked as OOXML packages here, never by their name.
/// </summary>
public static class ZipPackage
{
    /// <summary>An .xlsx, .docx or .pptx has a few dozen parts; thousands would only cost memory to list.</summary>
    public const int MaxParts = 2000;

    /// <summary>XML of a package is read without DTDs or external entities.</summary>
    public static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = false, CloseInput = false,
    };

    /// <summary>
    /// The number of parts the end-of-central-directory record declares (read from the last bytes, before any listing),
    /// or null when the bytes are not a zip. A zip64 package (0xFFFF) answers <see cref="int.MaxValue"/>.
    /// </summary>
    public static int? DeclaredParts(ReadOnlySpan<byte> file)
    {
        const int eocdLength = 22;
        if (file.Length < eocdLength || !file.StartsWith("PK\u0003\u0004"u8)) return null;
        var earliest = Math.Max(0, file.Length - eocdLength - ushort.MaxValue);
        for (var i = file.Length - eocdLength; i >= earliest; i--)
        {
            if (!file[i..].StartsWith("PK\u0005\u0006"u8)) continue;
            var total = BinaryPrimitives.ReadUInt16LittleEndian(file.Slice(i + 10, 2));
            return total == ushort.MaxValue ? int.MaxValue : total;
        }
        return null;
    }

    /// <summary>Opens a package for reading, or null when it is not a zip or declares too many parts.</summary>
    public static ZipArchive? Open(byte[] file)
    {
        if (DeclaredParts(file) is not { } parts || parts > MaxParts) return null;
        try
        {
            return new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// The kind of Office document a package is, from the content type of its main part in <c>[Content_Types].xml</c>
    /// (macro-enabled and template variants are not documents we accept), or null when it is not an OOXML package.
    /// </summary>
    public static FileKind? OfficeKind(byte[] file)
    {
        using var zip = Open(file);
        var types = zip?.GetEntry("[Content_Types].xml");
        if (types is null || types.Length > MaxContentTypesBytes) return null;
        try
        {
            using var stream = new ReadCountingStream(types.Open(), (_, total) =>
            {
                if (total > MaxContentTypesBytes) throw new InvalidDataException("The part is larger than allowed.");
            });
            using var xml = XmlReader.Create(stream, XmlSettings);
            FileKind? kind = null;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Override") continue;
                var found = xml.GetAttribute("ContentType") switch
                {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" => FileKind.Xlsx,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" => FileKind.Docx,
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml" => FileKind.Pptx,
                    _ => (FileKind?)null,
                };
                if (found is null) continue;
                if (kind is not null && kind != found) return null; // two kinds of main part: not a document we know
                var part = xml.GetAttribute("PartName")?.TrimStart('/');
                if (part is null || zip!.GetEntry(part) is null) return null; // the main part must be there
                kind = found;
            }
            return kind;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    /// <summary>[Content_Types].xml is read up to this size; more is an error, whatever its header declared.</summary>
    private const int MaxContentTypesBytes = 1024 * 1024;
}
