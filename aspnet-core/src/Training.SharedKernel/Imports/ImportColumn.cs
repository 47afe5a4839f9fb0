namespace Training.SharedKernel.Imports;

/// <summary>A column of an import template: found by its Chinese or English header.</summary>
public sealed record ImportColumn(string Key, string ZhHeader, string EnHeader, bool Required, string Example = "")
{
    public bool Matches(string header)
    {
        var h = header.Trim();
        return h.Equals(ZhHeader, StringComparison.Ordinal) || h.Equals(EnHeader, StringComparison.OrdinalIgnoreCase)
               || h.Equals(Key, StringComparison.OrdinalIgnoreCase) || h.Equals($"{ZhHeader} {EnHeader}", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A sheet of an import template.</summary>
public sealed record ImportSheet(string ZhName, string EnName, IReadOnlyList<ImportColumn> Columns)
{
    public bool Matches(string name) =>
        name.Trim().Equals(ZhName, StringComparison.Ordinal) || name.Trim().Equals(EnName, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One data row; <see cref="Number"/> is the row as the spreadsheet shows it (the header is row 1).</summary>
public sealed record SheetRow(string Sheet, int Number, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string key] => Cells.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
