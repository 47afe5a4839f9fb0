using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Imports;

/// <summary>
/// Collects every problem of a file before anything is written; <see cref="ThrowIfAny"/> refuses the whole file with
/// all rows listed (RFC 9457 <c>rows</c>), so a file is written completely or not at all.
/// </summary>
public sealed class ImportErrors(ErrorLocalizer localizer)
{
    private readonly List<RowError> _rows = [];

    public int Count => _rows.Count;

    public void Add(string sheet, int row, string column, string code, params object?[] args) =>
        _rows.Add(new RowError(sheet, row, column, code, localizer.Localize(code, args)));

    public void Add(SheetRow row, string column, string code, params object?[] args) => Add(row.Sheet, row.Number, column, code, args);

    public void ThrowIfAny()
    {
        if (_rows.Count == 0) return;
        throw new BusinessException(CommonErrorCodes.ImportInvalid, _rows.Count) { Kind = ErrorKind.InvalidFileContent, RowErrors = _rows.ToList() };
    }
}
