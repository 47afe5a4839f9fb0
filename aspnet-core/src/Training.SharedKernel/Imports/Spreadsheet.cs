using MiniExcelLibs;

namespace Training.SharedKernel.Imports;

/// <summary>Writes import templates and exports (.xlsx, via MiniExcel); imports read through <see cref="ImportReader"/>.</summary>
public static class Spreadsheet
{
    /// <summary>The sheet of a template that explains the columns and shows examples; no import ever reads it.</summary>
    public const string NotesSheet = "说明";

    /// <summary>
    /// A template: each sheet with its bilingual headers and no data row, and a notes sheet (<see cref="NotesSheet"/>)
    /// listing every column with whether it is required and an example. Examples live only there, so the template
    /// uploaded untouched writes nothing (it is refused as a file without rows).
    /// </summary>
    public static byte[] Template(params ImportSheet[] sheets)
    {
        if (sheets.Any(s => s.Matches(NotesSheet))) throw new ArgumentException($"An import sheet cannot be named {NotesSheet}.", nameof(sheets));
        var data = new Dictionary<string, object>();
        foreach (var sheet in sheets)
            data[sheet.ZhName] = new[] { Row(sheet.Columns.Select(c => $"{c.ZhHeader} {c.EnHeader}")) };

        var notes = new List<Dictionary<string, object?>>
        {
            Row(["本工作表只作说明和示例，导入时不读取。请在其他工作表中自第 2 行起填写，每行一条记录。", "", "", ""]),
            Row(["This sheet only explains and shows examples; the import never reads it. Fill in the other sheets from row 2, one record a row.", "", "", ""]),
            Row(["", "", "", ""]),
            Row(["工作表 Sheet", "列 Column", "必填 Required", "示例 Example"]),
        };
        foreach (var sheet in sheets)
            foreach (var column in sheet.Columns)
                notes.Add(Row([sheet.ZhName, $"{column.ZhHeader} {column.EnHeader}", column.Required ? "是 Yes" : "否 No", column.Example]));
        data[NotesSheet] = notes;

        using var stream = new MemoryStream();
        stream.SaveAs(data, printHeader: false);
        return stream.ToArray();
    }

    /// <summary>Writes sheets of rows; text that a spreadsheet would run as a formula is neutralised.</summary>
    public static byte[] Write(IDictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>Cells starting with = + - @ (or a tab/CR) are prefixed with an apostrophe (CSV/formula injection).</summary>
    public static string? Neutralize(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static Dictionary<string, object?> Row(IEnumerable<string> cells) =>
        cells.Select((value, i) => (Key: $"c{i}", Value: (object?)Neutralize(value))).ToDictionary(c => c.Key, c => c.Value);
}
