using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.Organization.Events;
using Training.Organization.Import;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;

namespace Training.Organization.Application;

/// <summary>
/// The city's work calendar. Holidays and 调休 make-up days are data: imported from the official table each year
/// (sheet 日历 with columns 日期, 类型, 名称), upserted by date; an imported day replaces a sample one.
/// </summary>
internal sealed class CalendarService(OrganizationDbContext db, ErrorLocalizer localizer, ImportReader reader, TimeProvider clock)
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
        var changed = new List<DateOnly>();
        foreach (var (date, kind, name) in parsed)
        {
            var wasKind = existing.TryGetValue(date, out var day) ? day.Kind : (CalendarDayKind?)null;
            if (day is null) { db.CalendarDays.Add(new CalendarDay(date, kind, name, isSample: false)); created++; }
            else if (day.Set(kind, name, isSample: false)) updated++;
            else unchanged++;
            if (CalendarDay.IsWorkingDay(date, wasKind) != CalendarDay.IsWorkingDay(date, kind)) changed.Add(date);
        }
        RaiseChanged(changed);
        await db.SaveChangesAsync(cancellationToken);
        return new CalendarImportResultDto(created, updated, unchanged);
    }

    public async Task DeleteDayAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, cancellationToken)
                  ?? throw new EntityNotFoundException("CalendarDay", date);
        db.CalendarDays.Remove(day);
        RaiseChanged([date]);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Tells other modules which dates turned from working to not working or back, through the outbox in the same save
    /// (a calendar day is not an aggregate, so the event is written here). Nothing when no date changed its kind.
    /// </summary>
    private void RaiseChanged(IReadOnlyList<DateOnly> dates)
    {
        if (dates.Count == 0) return;
        var eto = new CalendarChangedEto(Guid.NewGuid(), dates.Order().ToList());
        db.Outbox.Add(new OutboxMessage
        {
            Id = eto.EventId,
            Type = $"{typeof(CalendarChangedEto).FullName}, {typeof(CalendarChangedEto).Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(eto),
            OccurredAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}
