using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;

namespace Training.Organization.Application;

/// <summary>
/// Counts working days with one query for the exceptions in the range, then walks the days in memory. A span of
/// working days is at most a few weeks of calendar days, so the walk is cheap.
/// </summary>
internal sealed class WorkCalendar(OrganizationDbContext db) : IWorkCalendar
{
    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var exception = await db.CalendarDays.Where(d => d.Date == date).Select(d => (CalendarDayKind?)d.Kind).FirstOrDefaultAsync(cancellationToken);
        return CalendarDay.IsWorkingDay(date, exception);
    }

    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        // Generous window: no real calendar has more than two non-working days per working day over a stretch.
        var horizon = start.AddDays(workingDays * 3 + 31);
        var exceptions = await LoadAsync(start, horizon, cancellationToken);
        var date = start;
        var counted = 0;
        while (counted < workingDays)
        {
            date = date.AddDays(1);
            if (date > horizon)
            {
                horizon = date.AddDays(366);
                foreach (var (d, k) in await LoadAsync(date.AddDays(-1), horizon, cancellationToken)) exceptions[d] = k;
            }
            if (CalendarDay.IsWorkingDay(date, exceptions.TryGetValue(date, out var kind) ? kind : null)) counted++;
        }
        return date;
    }

    public async Task<int> WorkingDaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to <= from) return 0;
        var exceptions = await LoadAsync(from, to, cancellationToken);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
            if (CalendarDay.IsWorkingDay(date, exceptions.TryGetValue(date, out var kind) ? kind : null)) count++;
        return count;
    }

    public async Task<IReadOnlySet<DateOnly>> GetWorkingDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var days = new HashSet<DateOnly>();
        if (to < from) return days;
        var exceptions = await LoadAsync(from.AddDays(-1), to, cancellationToken);
        for (var date = from; date <= to; date = date.AddDays(1))
            if (CalendarDay.IsWorkingDay(date, exceptions.TryGetValue(date, out var kind) ? kind : null)) days.Add(date);
        return days;
    }

    private async Task<Dictionary<DateOnly, CalendarDayKind?>> LoadAsync(DateOnly after, DateOnly until, CancellationToken cancellationToken) =>
        await db.CalendarDays.AsNoTracking().Where(d => d.Date > after && d.Date <= until)
            .ToDictionaryAsync(d => d.Date, d => (CalendarDayKind?)d.Kind, cancellationToken);
}
