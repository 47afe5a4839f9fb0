using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Results;

/// <summary>
/// Recomputes a hall's results for a stretch of dates (a calendar change, a timetable change, a reopened month): the
/// people who held one of the hall's windows on one of those dates, and the people who have results there (a result
/// whose reason went away is removed). Dates after today are never computed. <c>also</c> adds other person-days (a
/// file's punches of people who hold no window of the hall), each person computed once.
/// </summary>
internal sealed class HallMonthRecompute(
    AttendanceDbContext db, IStructureIntegrationService structure, IWindowPostIntegrationService posts,
    IDailyResultRecalculator recalculator, TimeProvider clock)
{
    public async Task<int> RecomputeAsync(Guid hallId, DateOnly from, DateOnly to, Guid? windowId = null,
        IReadOnlyCollection<PersonDays>? also = null, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        if (to > today) to = today;
        if (to < from) return 0;
        var windows = windowId is { } only
            ? [only]
            : (await structure.GetWindowsAsync(null, (await structure.GetUnitsAsync(null, [hallId], cancellationToken)).Select(u => u.Id).ToList(),
                cancellationToken)).Select(w => w.Id).ToList();
        var keys = new List<WindowDate>();
        foreach (var window in windows)
            for (var date = from; date <= to; date = date.AddDays(1))
                keys.Add(new WindowDate(window, date));
        var holders = keys.Count == 0 ? [] : await posts.GetHoldersOnDatesAsync(keys, cancellationToken);
        var recorded = await db.DailyResults.AsNoTracking()
            .Where(r => r.HallId == hallId && r.Date >= from && r.Date <= to && (windowId == null || r.WindowId == windowId))
            .Select(r => r.StaffId).Distinct().ToListAsync(cancellationToken);
        var people = holders.Select(h => h.Post.StaffId).Concat(recorded).Distinct().ToList();
        var days = people.Select(p => new PersonDays(p, from, to)).ToList();
        var covered = people.ToHashSet();
        if (also is not null) days.AddRange(also.Where(d => !covered.Contains(d.StaffId)));
        await recalculator.RecomputeAsync(days, cancellationToken);
        return people.Count;
    }

    /// <summary>One person's days from … to (up to today).</summary>
    public async Task RecomputePersonAsync(Guid staffId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        if (to > today) to = today;
        if (to >= from) await recalculator.RecomputeAsync([new PersonDays(staffId, from, to)], cancellationToken);
    }
}
