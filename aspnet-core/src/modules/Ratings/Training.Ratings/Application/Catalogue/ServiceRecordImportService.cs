using Training.Organization;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Catalogue;

/// <summary>
/// Service efficiency from the hall's case system as <c>.xlsx</c>: one row per person and month. People are matched by
/// staff number within the caller's scope for writing; the record takes the person's unit now. Every row is checked
/// first, then upserted by person and month in one transaction: the same file twice changes nothing.
/// </summary>
internal sealed class ServiceRecordImportService(RatingsDbContext db, ServiceRecordWriter writer, IStaffIntegrationService staff,
    IDataScopeProvider scopes, ImportReader reader, ErrorLocalizer localizer, UnitOfWork unitOfWork)
{
    public static readonly ImportSheet Sheet = new("服务效能", "Service efficiency",
    [
        new ImportColumn("staffNumber", "工号", "Staff number", true, "S0004"),
        new ImportColumn("year", "年度", "Year", true, "2026"),
        new ImportColumn("month", "月份", "Month", true, "11"),
        new ImportColumn("caseVolume", "办件量", "Case volume", true, "236"),
        new ImportColumn("onTimeCount", "按时办结数", "Completed on time", true, "231"),
        new ImportColumn("name", "姓名", "Name", false, "张三（仅供核对，不导入）"),
    ]);

    public static byte[] Template() => Spreadsheet.Template(Sheet);

    public async Task<CatalogueImportResultDto> ImportAsync(byte[] file, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors(localizer);
        var workbook = await reader.OpenAsync(file, cancellationToken);
        var rows = workbook.Read(Sheet, errors);
        errors.ThrowIfAny();
        workbook.ThrowIfNoRows();

        var parsed = new List<(SheetRow Row, string Number, int Year, int Month, int Volume, int OnTime)>();
        var firstRow = new Dictionary<(string, int, int), int>();
        foreach (var row in rows)
        {
            var check = new RowCheck(row, Sheet, errors);
            var number = check.Text("staffNumber", 32);
            var year = check.Int("year", 2000, 2100, RatingsErrorCodes.MonthInvalid);
            var month = check.Int("month", 1, 12, RatingsErrorCodes.MonthInvalid);
            var volume = check.Int("caseVolume", 0, 1_000_000);
            var onTime = check.Int("onTimeCount", 0, 1_000_000);
            if (number is null || year is null || month is null || volume is null || onTime is null) continue;
            if (onTime > volume)
            {
                check.Fail("onTimeCount", RatingsErrorCodes.OnTimeAboveVolume);
                continue;
            }
            var key = (number.ToUpperInvariant(), year.Value, month.Value);
            if (!firstRow.TryAdd(key, row.Number))
            {
                check.Fail("staffNumber", RatingsErrorCodes.RepeatedInFile, $"{number} {year}-{month}", firstRow[key]);
                continue;
            }
            parsed.Add((row, number, year.Value, month.Value, volume.Value, onTime.Value));
        }

        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var people = (await staff.GetByStaffNumbersAsync(parsed.Select(p => p.Number).Distinct().ToList(), scope, cancellationToken))
            .ToDictionary(p => p.StaffNumber, StringComparer.OrdinalIgnoreCase);
        var months = new List<ServiceRecordWriter.PersonMonth>();
        foreach (var (row, number, year, month, volume, onTime) in parsed)
        {
            if (!people.TryGetValue(number, out var person))
                errors.Add(row, Sheet.Columns[0].ZhHeader, RatingsErrorCodes.UnknownStaffNumber, number);
            else if (person.UnitId is not { } unitId)
                errors.Add(row, Sheet.Columns[0].ZhHeader, RatingsErrorCodes.StaffWithoutUnit, number);
            else
                months.Add(new ServiceRecordWriter.PersonMonth(person.Id, person.HallId, unitId, year, month, volume, onTime));
        }
        errors.ThrowIfAny();

        var outcomes = await writer.UpsertAsync(months, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new CatalogueImportResultDto(outcomes.Count(o => o == ServiceRecordWriter.Outcome.Created),
            outcomes.Count(o => o == ServiceRecordWriter.Outcome.Updated), outcomes.Count(o => o == ServiceRecordWriter.Outcome.Unchanged));
    }
}
