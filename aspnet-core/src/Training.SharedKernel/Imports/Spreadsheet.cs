using MiniExcelLibs;
using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Imports;

/// <summary>Reads import files and writes templates and exports (.xlsx, via MiniExcel).</summary>
public static class Spreadsheet
{
    /// <summary>Reads a sheet into rows keyed by column key; missing sheets or required columns become errors.</summary>
    public static IReadOnlyList<SheetRow> Read(byte[] file, ImportSheet sheet, ImportErrors errors, bool required = true)
    {
        using var stream = new MemoryStream(file);
        List<string> names;
        try
        {
            names = MiniExcel.GetSheetNames(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new BusinessException(CommonErrorCodes.FileTypeNotAllowed, ".xlsx") { Kind = ErrorKind.UnsupportedType };
        }
        var name = names.FirstOrDefault(sheet.Matches);
        if (name is null)
        {
            if (required) errors.Add(sheet.ZhName, 0, "", CommonErrorCodes.SheetMissing, sheet.ZhName);
            return [];
        }
        stream.Position = 0;
        var raw = MiniExcel.Query(stream, useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
        if (raw.Count == 0) return [];

        var header = raw[0];
        var map = new Dictionary<string, string>(); // column letter → key
        foreach (var (letter, value) in header)
        {
            var column = sheet.Columns.FirstOrDefault(c => c.Matches(value?.ToString() ?? ""));
            if (column is not null) map[letter] = column.Key;
        }
        foreach (var column in sheet.Columns.Where(c => c.Required && !map.ContainsValue(c.Key)))
            errors.Add(sheet.ZhName, 1, column.ZhHeader, CommonErrorCodes.ColumnMissing, column.ZhHeader);

        var rows = new List<SheetRow>();
        for (var i = 1; i < raw.Count; i++)
        {
            var cells = map.ToDictionary(m => m.Value, m => Text(raw[i].TryGetValue(m.Key, out var v) ? v : null));
            if (cells.Values.All(string.IsNullOrWhiteSpace)) continue; // blank lines are not errors
            rows.Add(new SheetRow(sheet.ZhName, i + 1, cells));
        }
        return rows;
    }

    /// <summary>A template: each sheet with its bilingual headers and one example row.</summary>
    public static byte[] Template(params ImportSheet[] sheets)
    {
        var data = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var example = sheet.Columns.ToDictionary(c => $"{c.ZhHeader} {c.EnHeader}", c => (object?)Neutralize(c.Example));
            data[sheet.ZhName] = new[] { example };
        }
        return Write(data);
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

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd") : d.ToString("yyyy-MM-dd HH:mm:ss"),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
