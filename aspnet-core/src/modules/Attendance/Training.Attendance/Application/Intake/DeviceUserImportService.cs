using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Scoping;

namespace Training.Attendance.Application.Intake;

/// <summary>
/// The mapping of one level (a hall's hall-wide entries, or one device's) from and to <c>.xlsx</c>. An import checks
/// every row first (row-numbered errors, nothing written when there is one), then upserts by device user id in one
/// transaction and never deletes: the same file twice leaves the same state, and the untouched template (no data row)
/// is refused and writes nothing. People are matched by staff number within the caller's scope for writing and must
/// belong to the hall.
/// </summary>
internal sealed class DeviceUserImportService(
    AttendanceDbContext db, DeviceUserService mapping, IStaffIntegrationService staff, IDataScopeProvider scopes,
    ImportReader reader, ErrorLocalizer localizer, UnitOfWork unitOfWork)
{
    public static readonly ImportSheet Sheet = new("考勤号对照", "Device users",
    [
        new ImportColumn("deviceUserId", "考勤号", "Device user id", true, "1001"),
        new ImportColumn("staffNumber", "工号", "Staff number", true, "S0004"),
        new ImportColumn("name", "姓名", "Name", false, "张三（仅供核对，不导入）"),
    ]);

    public static byte[] Template() => Spreadsheet.Template(Sheet);

    public async Task<byte[]> ExportAsync(DeviceUserScopeInput input, CancellationToken cancellationToken)
    {
        await mapping.EnsureLevelAsync(input.HallId, input.DeviceId, forWriting: false, cancellationToken);
        var entries = await mapping.Level(input.HallId, input.DeviceId).AsNoTracking().OrderBy(u => u.DeviceUserId).ToListAsync(cancellationToken);
        var rows = (await mapping.ToDtosAsync(entries, cancellationToken)).Select(e => new Dictionary<string, object?>
        {
            [$"{Sheet.Columns[0].ZhHeader} {Sheet.Columns[0].EnHeader}"] = Spreadsheet.Neutralize(e.DeviceUserId),
            [$"{Sheet.Columns[1].ZhHeader} {Sheet.Columns[1].EnHeader}"] = Spreadsheet.Neutralize(e.StaffNumber),
            [$"{Sheet.Columns[2].ZhHeader} {Sheet.Columns[2].EnHeader}"] = Spreadsheet.Neutralize(e.StaffName),
        }).ToList();
        // An empty level still exports its headers (over one blank row, which the import skips), so it can be filled in.
        return Spreadsheet.Write(new Dictionary<string, object> { [Sheet.ZhName] = rows.Count > 0 ? rows : HeaderOnly() });
    }

    public async Task<DeviceUserImportResultDto> ImportAsync(DeviceUserScopeInput input, byte[] file, CancellationToken cancellationToken)
    {
        await mapping.EnsureLevelAsync(input.HallId, input.DeviceId, forWriting: true, cancellationToken);
        var errors = new ImportErrors(localizer);
        var workbook = await reader.OpenAsync(file, cancellationToken);
        var rows = workbook.Read(Sheet, errors);
        errors.ThrowIfAny();
        workbook.ThrowIfNoRows();

        var parsed = new List<(SheetRow Row, string UserId, string StaffNumber)>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var check = new RowCheck(row, Sheet, errors);
            var userId = check.Text("deviceUserId", AttendanceConsts.MaxDeviceUserIdLength);
            var number = check.Text("staffNumber", AttendanceConsts.MaxStaffNumberLength);
            if (userId is null || number is null) continue;
            if (!firstRow.TryAdd(userId, row.Number))
            {
                check.Fail("deviceUserId", AttendanceErrorCodes.RepeatedInFile, userId, firstRow[userId]);
                continue;
            }
            parsed.Add((row, userId, number));
        }

        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var people = (await staff.GetByStaffNumbersAsync(parsed.Select(p => p.StaffNumber).Distinct().ToList(), scope, cancellationToken))
            .ToDictionary(p => p.StaffNumber, StringComparer.OrdinalIgnoreCase);
        var wanted = new List<(string UserId, Guid StaffId)>();
        foreach (var (row, userId, number) in parsed)
        {
            if (!people.TryGetValue(number, out var person))
                errors.Add(row, Sheet.Columns[1].ZhHeader, AttendanceErrorCodes.UnknownStaffNumber, number);
            else if (person.HallId != input.HallId)
                errors.Add(row, Sheet.Columns[1].ZhHeader, AttendanceErrorCodes.StaffNotInHall, person.Name);
            else
                wanted.Add((userId, person.Id));
        }
        errors.ThrowIfAny();

        var ids = wanted.Select(w => w.UserId).ToList();
        var existing = await mapping.Level(input.HallId, input.DeviceId).Where(u => ids.Contains(u.DeviceUserId))
            .ToDictionaryAsync(u => u.DeviceUserId, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (userId, staffId) in wanted)
        {
            if (!existing.TryGetValue(userId, out var entry))
            {
                db.DeviceUsers.Add(new DeviceUser(Guid.NewGuid(), input.HallId, input.DeviceId, userId, staffId));
                created++;
            }
            else if (entry.StaffId != staffId)
            {
                entry.MapTo(staffId);
                updated++;
            }
            else unchanged++;
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new DeviceUserImportResultDto(created, updated, unchanged);
    }

    private static List<Dictionary<string, object?>> HeaderOnly() =>
        [Sheet.Columns.ToDictionary(c => $"{c.ZhHeader} {c.EnHeader}", _ => (object?)null)];
}
