using Hangfire;
using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Results;

/// <summary>
/// A hall's 作息时间 (summer and winter sessions, the dates the seasons start). A change applies to the days computed
/// from then on: the current month is recomputed in the background (refused while that month is closed); closed
/// months keep their results.
/// </summary>
internal sealed class TimetableService(
    AttendanceDbContext db, ResultScope scope, IStructureIntegrationService structure, IAttendanceMonthLock monthLock,
    IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<TimetableDto> GetAsync(Guid hallId, CancellationToken cancellationToken)
    {
        await scope.EnsureCanReadHallAsync(hallId, cancellationToken);
        var hall = (await structure.GetHallsAsync([hallId], cancellationToken)).FirstOrDefault() ?? throw new EntityNotFoundException("Hall", hallId);
        var timetable = await db.Timetables.AsNoTracking().FirstOrDefaultAsync(t => t.HallId == hallId, cancellationToken);
        return timetable is null
            ? new TimetableDto(hallId, hall.Name, 5, 1, 10, 1, Dtos(Timetable.Default.Summer), Dtos(Timetable.Default.Winter), IsDefault: true)
            : new TimetableDto(hallId, hall.Name, timetable.SummerStartMonth, timetable.SummerStartDay, timetable.WinterStartMonth,
                timetable.WinterStartDay, Dtos(timetable.SummerSessions), Dtos(timetable.WinterSessions), IsDefault: false);
    }

    public async Task<TimetableDto> SaveAsync(Guid hallId, SaveTimetableInput input, CancellationToken cancellationToken)
    {
        await scope.EnsureCanManageHallAsync(hallId, cancellationToken);
        if ((await structure.GetHallsAsync([hallId], cancellationToken)).Count == 0) throw new EntityNotFoundException("Hall", hallId);
        var today = clock.Today();
        await monthLock.EnsureOpenAsync(hallId, today, today, cancellationToken);
        var timetable = await db.Timetables.FirstOrDefaultAsync(t => t.HallId == hallId, cancellationToken);
        if (timetable is null) db.Timetables.Add(timetable = new Timetable(Guid.NewGuid(), hallId));
        timetable.Set(input.SummerStartMonth, input.SummerStartDay, input.WinterStartMonth, input.WinterStartDay,
            Sessions(input.SummerSessions), Sessions(input.WinterSessions));
        await db.SaveChangesAsync(cancellationToken);
        RecomputeHallMonthJob.Enqueue(jobs, [new RecomputeHallMonthArgs(hallId, today.Year, today.Month)]);
        return await GetAsync(hallId, cancellationToken);
    }

    internal static IReadOnlyList<SessionTimeDto> Dtos(IEnumerable<SessionTime> sessions) =>
        sessions.Select(s => new SessionTimeDto(s.Name, s.Start, s.End)).ToList();

    internal static IEnumerable<SessionTime> Sessions(IEnumerable<SessionTimeDto> sessions) =>
        sessions.Select(s => new SessionTime(s.Name, s.Start, s.End));
}
