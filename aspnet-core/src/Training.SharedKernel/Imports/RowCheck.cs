using System.Globalization;
using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Imports;

/// <summary>Reads typed cells of one row, recording an error (with the column's Chinese header) for each bad cell.</summary>
public sealed class RowCheck(SheetRow row, ImportSheet sheet, ImportErrors errors)
{
    public SheetRow Row { get; } = row;

    public bool Ok { get; private set; } = true;

    public string? Text(string key, int maxLength, bool required = true)
    {
        var value = Row[key];
        if (value is null)
        {
            if (required) Fail(key, CommonErrorCodes.Required, Header(key));
            return null;
        }
        if (value.Length > maxLength)
        {
            Fail(key, CommonErrorCodes.TooLong, Header(key), maxLength);
            return null;
        }
        return value;
    }

    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> labels) where T : struct
    {
        var value = Text(key, 64);
        if (value is null) return null;
        if (labels.TryGetValue(value, out var parsed)) return parsed;
        Fail(key, CommonErrorCodes.InvalidValue, value, string.Join(" / ", labels.Keys));
        return null;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d"];

    /// <summary>A date as people type it in a spreadsheet (2026-01-05, 2026/1/5, 2026.1.5); spreadsheet dates arrive as yyyy-MM-dd.</summary>
    public DateOnly? Date(string key, bool required = true)
    {
        var text = Text(key, 32, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Fail(key, CommonErrorCodes.InvalidFormat, text);
        return null;
    }

    public void Fail(string key, string code, params object?[] args)
    {
        Ok = false;
        errors.Add(Row, Header(key), code, args);
    }

    /// <summary>Records a rule the domain refused (its code and arguments) against a column.</summary>
    public void Fail(string key, BusinessException refused) => Fail(key, refused.Code, refused.Args);

    private string Header(string key) => sheet.Columns.FirstOrDefault(c => c.Key == key)?.ZhHeader ?? key;
}
