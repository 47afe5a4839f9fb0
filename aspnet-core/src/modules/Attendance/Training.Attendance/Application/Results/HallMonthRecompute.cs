using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Results;

/// <summary>
/// Recomputes a hall's results for a stretch of dates (a calendar change, a timetable change, a reopened month): the
/// people who held one of the hall's windows on one of those dates, and the people who have results there (a result
/// whose reason went away is removed). Dates after today are never computed.
/// </summary>
internal sealed class HallMonthRecompute(
    AttendanceDbContext db, IStructureIntegrationService structure, IWindowPostIntegrationService posts,
    IDailyResultRecalculator recalculator, ISettingProvider settings, IBackgroundJobQueue jobs, TimeProvider clock)
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
    /// After a punch file of the hall: the people with new punches (<paramref name="punched"/>) at once; then the
    /// holders of the hall's windows on those dates without a result yet, who are absent (<see cref="RecomputeAbsentHoldersAsync"/>).
    /// A hall with several clocks judges them later (<see cref="AttendanceSettings.PunchFiles.AbsenceDelayMinutes"/>): the
    /// dates are kept pending and a <see cref="HallAbsenceJob"/> scheduled — the other clocks' files of those days usually
    /// follow, and their people are not absent (judged now, they would be written absent and rewritten a file later). A
    /// hall with one clock judges them at once.
    /// </summary>
    public async Task RecomputeAfterFileAsync(Guid hallId, IReadOnlyCollection<(Guid StaffId, DateOnly Date)> punched,
        CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var past = punched.Where(p => p.Date <= today).Distinct().ToList();
        if (past.Count == 0) return;
        await recalculator.RecomputeAsync(Intake.PersonDayRanges.Collapse(past), cancellationToken);

        var dates = past.Select(p => p.Date).Distinct().Order().ToList();
        var clocks = await db.Devices.CountAsync(d => d.HallId == hallId && d.IsActive && d.Kind == DeviceKind.Clock, cancellationToken);
        var delay = clocks > 1 ? await settings.GetIntAsync(AttendanceSettings.PunchFiles.AbsenceDelayMinutes, hallId, cancellationToken) : 0;
        if (delay == 0)
        {
            await RecomputeAbsentHoldersAsync(hallId, dates, cancellationToken);
            return;
        }
        await KeepPendingAsync(hallId, dates, cancellationToken);
        jobs.Schedule<HallAbsenceJob, HallAbsenceArgs>(new HallAbsenceArgs(hallId), TimeSpan.FromMinutes(delay));
    }

    /// <summary>
    /// Judges the absences of every pending date of the hall (<see cref="HallAbsenceJob"/>), then forgets those dates.
    /// A date a later file adds again meanwhile is judged by that file's job. Answers the person-days computed.
    /// </summary>
    public async Task<int> JudgePendingAbsencesAsync(Guid hallId, CancellationToken cancellationToken = default)
    {
        var pending = await db.PendingAbsenceDays.AsNoTracking().Where(d => d.HallId == hallId).Select(d => d.Date).ToListAsync(cancellationToken);
        if (pending.Count == 0) return 0;
        var computed = await RecomputeAbsentHoldersAsync(hallId, pending, cancellationToken);
        await db.PendingAbsenceDays.Where(d => d.HallId == hallId && pending.Contains(d.Date)).ExecuteDeleteAsync(cancellationToken);
        return computed;
    }

    /// <summary>
    /// Adds the dates not pending yet. Files of the hall's clocks may run side by side: when another adds one of the
    /// same dates first, the save fails as a whole and is tried again with what is pending then.
    /// </summary>
    private async Task KeepPendingAsync(Guid hallId, List<DateOnly> dates, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var known = await db.PendingAbsenceDays.AsNoTracking().Where(d => d.HallId == hallId && dates.Contains(d.Date))
                .Select(d => d.Date).ToListAsync(cancellationToken);
            var added = dates.Except(known).Select(d => new PendingAbsenceDay(hallId, d)).ToList();
            if (added.Count == 0) return;
            db.PendingAbsenceDays.AddRange(added);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                foreach (var entry in db.ChangeTracker.Entries<PendingAbsenceDay>().ToList()) entry.State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// The holders of the hall's windows on <paramref name="dates"/> (up to today) who have no result on the date: a
    /// holder without a punch, computed absent (or on leave). A holder already computed is left alone, so running it
    /// twice changes nothing. Answers the person-days computed.
    /// </summary>
    public async Task<int> RecomputeAbsentHoldersAsync(Guid hallId, IReadOnlyCollection<DateOnly> dates, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var days = dates.Where(d => d <= today).Distinct().ToList();
        if (days.Count == 0) return 0;
        var (from, to) = (days.Min(), days.Max());
        var windows = (await structure.GetWindowsAsync(null, (await structure.GetUnitsAsync(null, [hallId], cancellationToken))
            .Select(u => u.Id).ToList(), cancellationToken)).Select(w => w.Id).ToList();
        var holders = windows.Count == 0 ? []
            : await posts.GetHoldersOnDatesAsync(windows.SelectMany(w => days.Select(d => new WindowDate(w, d))).ToList(), cancellationToken);
        var holderDays = holders.Select(h => (h.Post.StaffId, h.Key.Date)).Distinct().ToList();
        if (holderDays.Count == 0) return 0;
        var holderIds = holderDays.Select(d => d.StaffId).Distinct().ToList();
        var recorded = await db.DailyResults.AsNoTracking()
            .Where(r => holderIds.Contains(r.StaffId) && r.Date >= from && r.Date <= to)
            .Select(r => new { r.StaffId, r.Date }).Distinct().ToListAsync(cancellationToken);
        var done = recorded.Select(r => (r.StaffId, r.Date)).ToHashSet();
        var missing = holderDays.Where(d => !done.Contains(d)).ToList();
        if (missing.Count > 0) await recalculator.RecomputeAsync(Intake.PersonDayRanges.Collapse(missing), cancellationToken);
        return missing.Count;
    }

    /// <summary>One person's days from … to (up to today).</summary>
    public async Task RecomputePersonAsync(Guid staffId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        if (to > today) to = today;
        if (to >= from) await recalculator.RecomputeAsync([new PersonDays(staffId, from, to)], cancellationToken);
    }
}
