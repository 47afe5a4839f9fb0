using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Results;

/// <summary>
/// Recomputes a hall's results for a stretch of dates (a calendar change, a timetable change, a reopened month): the
/// people who held one of the hall's windows on one of those dates, and the people who have results there (a result
/// whose reason went away is removed). Dates after today are never computed.
/// </summary>
internal sealed class HallMonthRecompute(
    AttendanceDbContext db, IStructureIntegrationService structure, IWindowPostIntegrationService posts,
    IDailyResultRecalculator recalculator, TimeProvider clock)
{
    public async Task<int> RecomputeAsync(Guid hallId, DateOnly from, DateOnly to, Guid? windowId = null,
        CancellationToken cancellationToken = default)
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
        await recalculator.RecomputeAsync(people.Select(p => new PersonDays(p, from, to)).ToList(), cancellationToken);
        return people.Count;
    }

    /// <summary>
    /// After a punch file of the hall: the people with new punches (<paramref name="punched"/>), and the holders of the
    /// hall's windows on those dates who have no result yet — a holder without a punch in the file is absent, while a
    /// holder already computed (from another clock's file) does not depend on this file. Each person-day once.
    /// </summary>
    public async Task RecomputeAfterFileAsync(Guid hallId, IReadOnlyCollection<(Guid StaffId, DateOnly Date)> punched,
        CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var dates = punched.Select(p => p.Date).Where(d => d <= today).Distinct().ToList();
        if (dates.Count == 0) return;
        var (from, to) = (dates.Min(), dates.Max());
        var windows = (await structure.GetWindowsAsync(null, (await structure.GetUnitsAsync(null, [hallId], cancellationToken))
            .Select(u => u.Id).ToList(), cancellationToken)).Select(w => w.Id).ToList();
        var holders = windows.Count == 0 ? []
            : await posts.GetHoldersOnDatesAsync(windows.SelectMany(w => dates.Select(d => new WindowDate(w, d))).ToList(), cancellationToken);
        var holderIds = holders.Select(h => h.Post.StaffId).Distinct().ToList();
        var recorded = holderIds.Count == 0 ? [] : await db.DailyResults.AsNoTracking()
            .Where(r => holderIds.Contains(r.StaffId) && r.Date >= from && r.Date <= to)
            .Select(r => new { r.StaffId, r.Date }).Distinct().ToListAsync(cancellationToken);
        var done = recorded.Select(r => (r.StaffId, r.Date)).ToHashSet();
        var missing = holders.Select(h => (h.Post.StaffId, h.Key.Date)).Where(d => !done.Contains(d));
        await recalculator.RecomputeAsync(Intake.PersonDayRanges.Collapse(punched.Concat(missing).Distinct()), cancellationToken);
    }

    /// <summary>One person's days from … to (up to today).</summary>
    public async Task RecomputePersonAsync(Guid staffId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        if (to > today) to = today;
        if (to >= from) await recalculator.RecomputeAsync([new PersonDays(staffId, from, to)], cancellationToken);
    }
}
