using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;

namespace Training.Tests.Infrastructure;

/// <summary>Builds .xlsx files for import tests, the way a person fills in the template.</summary>
public static class Xlsx
{
    public static byte[] Build(params (string Sheet, string[] Header, string?[][] Rows)[] sheets)
    {
        var data = new Dictionary<string, object>();
        foreach (var (sheet, header, rows) in sheets)
            data[sheet] = rows.Select(r => header.Select((h, i) => (h, v: i < r.Length ? r[i] : null))
                .ToDictionary(x => x.h, x => (object?)x.v)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(data);
        return stream.ToArray();
    }

    /// <summary>
    /// A package written by hand, the way an attacker would: the OOXML parts of a one-sheet workbook named
    /// <paramref name="sheet"/>, whose worksheet XML is whatever <paramref name="writeSheet"/> writes.
    /// </summary>
    public static byte[] Raw(string sheet, Action<Stream> writeSheet, string? sharedStrings = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml));
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="s1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            if (sharedStrings is not null) Part("xl/sharedStrings.xml", sharedStrings);
            using var sheetStream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            writeSheet(sheetStream);
        }
        return buffer.ToArray();
    }

    /// <summary>A sheet with its header in A1 and one more cell in the very last one, XFD1048576 (with or without a dimension saying so).</summary>
    public static byte[] Sparse(string sheet, bool withDimension = true) => Raw(sheet, s => s.Write(Encoding.UTF8.GetBytes(
        $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{(withDimension ? "<dimension ref=\"A1:XFD1048576\"/>" : "")}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>""")));

    /// <summary>
    /// A zip bomb: one cell of <paramref name="megabytes"/> MB of the same letter, which deflates about 1000:1 (200 MB
    /// fit in a file of some 200 KB).
    /// </summary>
    public static byte[] Bomb(string sheet, int megabytes) => Raw(sheet, s =>
    {
        s.Write(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>"""));
        var chunk = new byte[1024 * 1024];
        chunk.AsSpan().Fill((byte)'A');
        for (var i = 0; i < megabytes; i++) s.Write(chunk);
        s.Write(Encoding.UTF8.GetBytes("</t></is></c></row></sheetData></worksheet>"));
    });

    public static MultipartFormDataContent Upload(byte[] file, string name = "import.xlsx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", name } };
    }
}
