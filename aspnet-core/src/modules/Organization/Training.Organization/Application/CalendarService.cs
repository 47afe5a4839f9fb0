using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.Organization.Import;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;

namespace Training.Organization.Application;

/// <summary>
/// The city's work calendar. Holidays and 调休 make-up days are data: imported from the official table each year
/// (sheet 日历 with columns 日期, 类型, 名称), upserted by date; an imported day replaces a sample one.
/// </summary>
internal sealed class CalendarService(OrganizationDbContext db, ErrorLocalizer localizer, ImportReader reader)
{
    internal static readonly ImportSheet Sheet = new("日历", "Calendar",
    [
        new("date", "日期", "Date", true, "2027-01-01"),
        new("kind", "类型", "Kind", true, "节假日"),
        new("name", "名称", "Name", true, "元旦"),
    ]);

    public static byte[] Template() => Spreadsheet.Template(Sheet);

    public async Task<CalendarYearDto> GetYearAsync(int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date)
            .Select(d => new CalendarDayDto(d.Date, d.Kind, d.Name, d.IsSample)).ToListAsync(cancellationToken);
        var exceptions = days.ToDictionary(d => d.Date, d => (CalendarDayKind?)d.Kind);
        var working = 0;
        for (var date = first; date <= last; date = date.AddDays(1))
            if (CalendarDay.IsWorkingDay(date, exceptions.GetValueOrDefault(date))) working++;
        return new CalendarYearDto(year, working, days.Any(d => d.IsSample), days);
    }

    public async Task<CalendarImportResultDto> ImportAsync(byte[] file, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors(localizer);
        var workbook = await reader.OpenAsync(file, cancellationToken);
        var rows = workbook.Read(Sheet, errors);
        errors.ThrowIfAny();
        workbook.ThrowIfNoRows();
        var parsed = new List<(DateOnly Date, CalendarDayKind Kind, string Name)>();
        var seen = new Dictionary<DateOnly, int>();
        foreach (var row in rows)
        {
            var check = new RowCheck(row, Sheet, errors);
            var date = check.Date("date");
            var kind = check.Choice("kind", EnumLabels.CalendarDayKinds);
            var name = check.Text("name", OrganizationConsts.MaxNameLength);
            if (date is null || kind is null || name is null) continue;
            if (seen.TryGetValue(date.Value, out var first)) { check.Fail("date", CommonErrorCodes.DuplicateInFile, date.Value.ToString("yyyy-MM-dd"), first); continue; }
            seen[date.Value] = row.Number;
            parsed.Add((date.Value, kind.Value, name));
        }
        errors.ThrowIfAny();

        var dates = parsed.Select(p => p.Date).ToList();
        var existing = await db.CalendarDays.Where(d => dates.Contains(d.Date)).ToDictionaryAsync(d => d.Date, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (date, kind, name) in parsed)
        {
            if (!existing.TryGetValue(date, out var day)) { db.CalendarDays.Add(new CalendarDay(date, kind, name, isSample: false)); created++; }
            else if (day.Set(kind, name, isSample: false)) updated++;
            else unchanged++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new CalendarImportResultDto(created, updated, unchanged);
    }

    public async Task DeleteDayAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var deleted = await db.CalendarDays.Where(d => d.Date == date).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0) throw new EntityNotFoundException("CalendarDay", date);
    }
}
