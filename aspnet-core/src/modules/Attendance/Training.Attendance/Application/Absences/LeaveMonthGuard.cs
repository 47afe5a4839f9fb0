using Training.Attendance.Application.Results;

namespace Training.Attendance.Application.Absences;

/// <summary>
/// The one place every leave and whereabouts write passes before it changes a day's results: a closed attendance month
/// refuses every write (409 Attendance:00036). The month lock belongs to the results area, which closes and reopens months.
/// </summary>
internal sealed class LeaveMonthGuard(IAttendanceMonthLock monthLock)
{
    /// <summary>Refuses when a month from <paramref name="from"/> to <paramref name="to"/> is closed for the hall.</summary>
    public Task EnsureOpenAsync(Guid hallId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        monthLock.EnsureOpenAsync(hallId, from, to, cancellationToken);
}
