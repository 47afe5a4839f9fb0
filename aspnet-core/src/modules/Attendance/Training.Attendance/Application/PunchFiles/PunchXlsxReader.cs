using Training.SharedKernel.Imports;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// Reads the first sheet of an .xlsx punch export through the platform's <see cref="ImportWorkbook"/> (package, size and
/// row limits checked before a cell is read), by the model's column mapping. A time cell the spreadsheet holds as a date
/// arrives as <c>yyyy-MM-dd HH:mm:ss</c> whatever the mapping's format, so that is accepted too.
/// </summary>
internal static class PunchXlsxReader
{
    public static IEnumerable<PunchFileLine> Read(ImportWorkbook workbook, Domain.PunchColumnMapping mapping)
    {
        var fields = PunchFields.From(mapping) with { AcceptIsoTime = true };
        foreach (var (number, cells) in workbook.ReadRows())
        {
            if (number <= mapping.HeaderRows) continue;
            yield return fields.Read(number, string.Join('\t', cells), cells);
        }
    }
}
