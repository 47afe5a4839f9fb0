using System.Xml;
using MiniExcelLibs;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.SharedKernel.Imports;

/// <summary>
/// The one way an import reads its file. Opening checks the package (decompressed size, compression ratios, each sheet's
/// dimension, every row and column number and every cell's length: see <see cref="XlsxGuard"/>) against the settings
/// before a cell is read; the sheets are then streamed, stopping at the row limit.
/// </summary>
public sealed class ImportReader(ISettingProvider settings)
{
    /// <param name="maxRowsSetting">The setting that bounds this import's rows (<see cref="ImportSettings.MaxRows"/> unless the module has its own).</param>
    public async Task<ImportWorkbook> OpenAsync(byte[] file, CancellationToken cancellationToken, string maxRowsSetting = ImportSettings.MaxRows)
    {
        var limits = new ImportLimits(
            await settings.GetIntAsync(maxRowsSetting, cancellationToken: cancellationToken),
            await settings.GetIntAsync(ImportSettings.MaxColumns, cancellationToken: cancellationToken),
            await settings.GetIntAsync(ImportSettings.MaxUnpackedMegabytes, cancellationToken: cancellationToken) * 1024L * 1024L,
            await settings.GetIntAsync(ImportSettings.MaxCompressionRatio, cancellationToken: cancellationToken),
            await settings.GetIntAsync(ImportSettings.MaxCellLength, cancellationToken: cancellationToken));
        return ImportWorkbook.Open(file, limits);
    }
}

/// <summary>An import file that passed the package checks: its sheets read as rows, lazily, within the row limit.</summary>
public sealed class ImportWorkbook
{
    private readonly byte[] _file;
    private readonly ImportLimits _limits;
    private readonly List<string> _sheetNames;
    private readonly List<string> _read = [];
    private int _dataRows;

    private ImportWorkbook(byte[] file, ImportLimits limits, List<string> sheetNames) => (_file, _limits, _sheetNames) = (file, limits, sheetNames);

    /// <summary>Checks the package (nothing is read before) and lists its sheets.</summary>
    public static ImportWorkbook Open(byte[] file, ImportLimits limits)
    {
        XlsxGuard.Check(file, limits);
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            return new ImportWorkbook(file, limits, MiniExcel.GetSheetNames(stream));
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw NotXlsx();
        }
    }

    /// <summary>Data rows read so far, every sheet together.</summary>
    public int DataRows => _dataRows;

    /// <summary>
    /// Reads a sheet into rows keyed by column key (the header is row 1; blank rows are skipped); a missing sheet or
    /// required column becomes an error. The file's rows together may not pass the row limit: reading stops there.
    /// </summary>
    public IReadOnlyList<SheetRow> Read(ImportSheet sheet, ImportErrors errors, bool required = true)
    {
        var name = _sheetNames.FirstOrDefault(sheet.Matches);
        if (name is null)
        {
            if (required) errors.Add(sheet.ZhName, 0, "", CommonErrorCodes.SheetMissing, sheet.ZhName);
            return [];
        }
        _read.Add(sheet.ZhName);
        var rows = new List<SheetRow>();
        Dictionary<string, string>? map = null; // column letter → key
        var number = 0;
        try
        {
            using var stream = new MemoryStream(_file, writable: false);
            foreach (var raw in MiniExcel.Query(stream, useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>())
            {
                number++;
                if (map is null)
                {
                    map = Header(raw, sheet, errors);
                    continue;
                }
                var cells = map.ToDictionary(m => m.Value, m => Text(raw.TryGetValue(m.Key, out var v) ? v : null));
                if (cells.Values.All(string.IsNullOrWhiteSpace)) continue; // blank lines are not errors
                if (++_dataRows > _limits.MaxRows) throw XlsxGuard.TooManyRows(_limits);
                rows.Add(new SheetRow(sheet.ZhName, number, cells));
            }
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw NotXlsx();
        }
        return rows;
    }

    /// <summary>
    /// The first sheet's rows as cells by position (column A first), for files whose columns a saved mapping names rather
    /// than a header (device exports). Streamed; blank rows are skipped; the row limit applies as in <see cref="Read"/>.
    /// <see cref="SheetRow.Number"/>'s counterpart here is the row number as the spreadsheet shows it.
    /// </summary>
    public IEnumerable<(int Number, IReadOnlyList<string?> Cells)> ReadRows()
    {
        if (_sheetNames.Count == 0) yield break;
        _read.Add(_sheetNames[0]);
        using var stream = new MemoryStream(_file, writable: false);
        using var rows = Guarded(() => MiniExcel.Query(stream, useHeaderRow: false, sheetName: _sheetNames[0]).Cast<IDictionary<string, object?>>().GetEnumerator());
        var number = 0;
        while (Guarded(rows.MoveNext))
        {
            number++;
            var cells = new List<string?>();
            foreach (var (letter, value) in rows.Current)
            {
                if (XlsxGuard.Cell(letter + "1") is not { Column: > 0 } at) continue;
                while (cells.Count < at.Column) cells.Add(null);
                cells[at.Column - 1] = Text(value);
            }
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (++_dataRows > _limits.MaxRows) throw XlsxGuard.TooManyRows(_limits);
            yield return (number, cells);
        }
    }

    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw NotXlsx();
        }
    }

    /// <summary>
    /// Refuses a file whose sheets hold no data row at all — the untouched template, say (its examples are on the notes
    /// sheet, which no import reads): a clear answer instead of a silent "nothing changed".
    /// </summary>
    public void ThrowIfNoRows()
    {
        if (_dataRows > 0) return;
        throw new BusinessException(CommonErrorCodes.ImportEmpty, string.Join("、", _read), Spreadsheet.NotesSheet) { Kind = ErrorKind.InvalidFileContent };
    }

    private static Dictionary<string, string> Header(IDictionary<string, object?> header, ImportSheet sheet, ImportErrors errors)
    {
        var map = new Dictionary<string, string>();
        foreach (var (letter, value) in header)
        {
            var column = sheet.Columns.FirstOrDefault(c => c.Matches(value?.ToString() ?? ""));
            if (column is not null) map[letter] = column.Key;
        }
        foreach (var column in sheet.Columns.Where(c => c.Required && !map.ContainsValue(c.Key)))
            errors.Add(sheet.ZhName, 1, column.ZhHeader, CommonErrorCodes.ColumnMissing, column.ZhHeader);
        return map;
    }

    private static bool IsUnreadable(Exception ex) => ex is InvalidDataException or IOException or InvalidOperationException or XmlException
        or FormatException or IndexOutOfRangeException;

    private static BusinessException NotXlsx() => new(CommonErrorCodes.FileTypeNotAllowed, ".xlsx") { Kind = ErrorKind.UnsupportedType };

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd") : d.ToString("yyyy-MM-dd HH:mm:ss"),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
