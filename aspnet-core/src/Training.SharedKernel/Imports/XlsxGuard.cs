using System.IO.Compression;
using System.Xml;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;

namespace Training.SharedKernel.Imports;

/// <summary>
/// Looks at an .xlsx as the zip package it is before a spreadsheet library reads a cell of it. The declared sizes and
/// compression ratios of its parts come first (nothing unpacked); then every part is unpacked once as a stream, counting
/// the bytes it really yields against the same budget (a header can lie), while the worksheets are scanned for their
/// <c>&lt;dimension ref&gt;</c>, the row and column of every cell, and the length of every value — so that a zip bomb, a
/// sparse sheet (A1 and XFD1048576) or one enormous cell is refused in bounded time and memory, with a stable code.
/// </summary>
internal static class XlsxGuard
{
    /// <summary>Below this, a part's ratio says nothing (a few kilobytes of styles compress very well).</summary>
    private const long RatioFloor = 1024 * 1024;

    public static void Check(byte[] file, ImportLimits limits)
    {
        using var zip = ZipPackage.Open(file);
        if (zip is null)
            throw ZipPackage.DeclaredParts(file) is > ZipPackage.MaxParts ? Suspicious(limits) : NotXlsx();
        if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null) throw NotXlsx();

        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (declared > limits.MaxUnpackedBytes) throw TooLarge(limits);
            if (entry.Length > RatioFloor && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio) throw Suspicious(limits);
        }

        var budget = new Budget(limits);
        try
        {
            var names = SheetNames(zip, budget);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName is "xl/workbook.xml" or "xl/_rels/workbook.xml.rels") continue; // read above
                using var stream = budget.Open(entry);
                if (IsWorksheet(entry.FullName))
                    ScanWorksheet(stream, names.GetValueOrDefault(entry.FullName.ToLowerInvariant(), entry.Name), limits);
                else if (entry.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
                    ScanSharedStrings(stream, limits);
                else
                    stream.CopyTo(Stream.Null);
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            throw NotXlsx();
        }
    }

    private static bool IsWorksheet(string part) =>
        part.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && part.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        && !part.Contains("/_rels/", StringComparison.Ordinal);

    /// <summary>Worksheet part (lower case) → the sheet's name, for messages.</summary>
    private static Dictionary<string, string> SheetNames(ZipArchive zip, Budget budget)
    {
        var ids = new Dictionary<string, string>(); // relationship id → sheet name
        using (var stream = budget.Open(zip.GetEntry("xl/workbook.xml")!))
        using (var xml = XmlReader.Create(stream, ZipPackage.XmlSettings))
        {
            while (xml.Read())
                if (xml is { NodeType: XmlNodeType.Element, LocalName: "sheet" } && xml.GetAttribute("name") is { } name
                    && xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships") is { } id)
                    ids[id] = name;
        }
        var names = new Dictionary<string, string>();
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels) return names;
        using (var stream = budget.Open(rels))
        using (var xml = XmlReader.Create(stream, ZipPackage.XmlSettings))
        {
            while (xml.Read())
                if (xml is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && xml.GetAttribute("Id") is { } id
                    && ids.TryGetValue(id, out var name) && xml.GetAttribute("Target") is { } target)
                    names[(target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target).ToLowerInvariant()] = name;
        }
        return names;
    }

    private static void ScanWorksheet(Stream stream, string sheet, ImportLimits limits)
    {
        using var xml = XmlReader.Create(stream, ZipPackage.XmlSettings);
        int row = 0, column = 0;
        long cell = 0;
        var inValue = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    switch (xml.LocalName)
                    {
                        case "dimension":
                            if (xml.GetAttribute("ref") is { } range && Last(range) is { } last)
                            {
                                if (last.Row > limits.MaxRows + 1) throw TooManyRows(limits);
                                if (last.Column > limits.MaxColumns) throw TooManyColumns(sheet, limits);
                            }
                            break;
                        case "row":
                            row = int.TryParse(xml.GetAttribute("r"), out var r) ? r : row + 1;
                            column = 0;
                            if (row > limits.MaxRows + 1) throw TooManyRows(limits);
                            break;
                        case "c":
                            column = xml.GetAttribute("r") is { } reference && Cell(reference) is { Column: > 0 } at ? at.Column : column + 1;
                            cell = 0;
                            if (column > limits.MaxColumns) throw TooManyColumns(sheet, limits);
                            break;
                        case "v" or "t":
                            inValue = !xml.IsEmptyElement;
                            break;
                    }
                    break;
                case XmlNodeType.EndElement when xml.LocalName is "v" or "t":
                    inValue = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inValue:
                    cell += Count(xml, limits.MaxCellLength - cell);
                    if (cell > limits.MaxCellLength) throw CellTooLong($"{sheet}!{Letters(column)}{row}", limits);
                    break;
            }
        }
    }

    private static void ScanSharedStrings(Stream stream, ImportLimits limits)
    {
        using var xml = XmlReader.Create(stream, ZipPackage.XmlSettings);
        long text = 0;
        var index = -1;
        var inText = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "si":
                    index++;
                    text = 0;
                    break;
                case XmlNodeType.Element when xml.LocalName == "t":
                    inText = !xml.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text += Count(xml, limits.MaxCellLength - text);
                    if (text > limits.MaxCellLength) throw CellTooLong($"sharedStrings #{index + 1}", limits);
                    break;
            }
        }
    }

    /// <summary>Counts a text node in chunks, never holding more than a chunk; stops once past <paramref name="room"/>.</summary>
    private static long Count(XmlReader xml, long room)
    {
        if (!xml.CanReadValueChunk) return xml.Value.Length;
        var buffer = new char[4096];
        long count = 0;
        int n;
        while ((n = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            count += n;
            if (count > room) break;
        }
        return count;
    }

    /// <summary>The bottom-right cell of a range ("A1:XFD1048576" → (16384, 1048576)).</summary>
    private static (int Column, int Row)? Last(string range) => Cell(range[(range.LastIndexOf(':') + 1)..]);

    /// <summary>"XFD7" → (16384, 7); null when it is not a cell reference.</summary>
    internal static (int Column, int Row)? Cell(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 1_000_000) return null;
        }
        var row = 0;
        for (; i < reference.Length && char.IsAsciiDigit(reference[i]); i++)
        {
            row = row * 10 + (reference[i] - '0');
            if (row > 100_000_000) return null;
        }
        return i == reference.Length && i > 0 ? (column, row) : null;
    }

    private static string Letters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }

    private static BusinessException NotXlsx() => new(CommonErrorCodes.FileTypeNotAllowed, ".xlsx") { Kind = ErrorKind.UnsupportedType };

    private static BusinessException TooLarge(ImportLimits limits) =>
        new(CommonErrorCodes.UnpackedTooLarge, limits.MaxUnpackedMegabytes) { Kind = ErrorKind.TooLarge };

    private static BusinessException Suspicious(ImportLimits limits) =>
        new(CommonErrorCodes.PackageSuspicious, limits.MaxCompressionRatio, ZipPackage.MaxParts) { Kind = ErrorKind.InvalidFileContent };

    internal static BusinessException TooManyRows(ImportLimits limits) =>
        new(CommonErrorCodes.TooManyRows, limits.MaxRows) { Kind = ErrorKind.InvalidFileContent };

    private static BusinessException TooManyColumns(string sheet, ImportLimits limits) =>
        new(CommonErrorCodes.TooManyColumns, sheet, limits.MaxColumns) { Kind = ErrorKind.InvalidFileContent };

    private static BusinessException CellTooLong(string where, ImportLimits limits) =>
        new(CommonErrorCodes.CellTooLong, where, limits.MaxCellLength) { Kind = ErrorKind.InvalidFileContent };

    /// <summary>The bytes every part really unpacks to, together, against the limit; and each part against its ratio.</summary>
    private sealed class Budget(ImportLimits limits)
    {
        private long _total;

        public Stream Open(ZipArchiveEntry entry)
        {
            var compressed = entry.CompressedLength;
            return new ReadCountingStream(entry.Open(), (bytes, partBytes) => Add(bytes, partBytes, compressed));
        }

        private void Add(int bytes, long partBytes, long compressed)
        {
            _total += bytes;
            if (_total > limits.MaxUnpackedBytes) throw TooLarge(limits);
            if (partBytes > RatioFloor && partBytes > Math.Max(compressed, 1) * limits.MaxCompressionRatio) throw Suspicious(limits);
        }
    }
}
