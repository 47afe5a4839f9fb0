using System.Net.Http.Headers;
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

    public static MultipartFormDataContent Upload(byte[] file, string name = "import.xlsx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", name } };
    }
}
