using Training.SharedKernel.Errors;

namespace Training.Attendance.Application.Results;

/// <summary>
/// The guard every writer inside Attendance calls before it changes something dated (corrections, leave, notes,
/// shifts, timetables): a closed month refuses it with <c>Attendance:00036</c>, a conflict. Punch intake alone does not
/// call it: it stores the punch and flags it (<see cref="IAttendanceMonthLock.GetClosedAsync"/>).
/// </summary>
public static class MonthLockExtensions
{
    public static async Task<bool> IsClosedAsync(this IAttendanceMonthLock monthLock, Guid hallId, DateOnly date,
        CancellationToken cancellationToken = default) =>
        (await monthLock.GetClosedAsync([hallId], date, date, cancellationToken)).Count > 0;

    /// <summary>Throws the month-closed conflict when any month of the hall that meets [from, to] is closed.</summary>
    public static async Task EnsureOpenAsync(this IAttendanceMonthLock monthLock, Guid hallId, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        var closed = await monthLock.GetClosedAsync([hallId], from, to, cancellationToken);
        if (closed.Count == 0) return;
        var month = closed.OrderBy(m => m.Year).ThenBy(m => m.Month).First();
        throw new BusinessException(AttendanceErrorCodes.MonthClosed, month.Year, month.Month) { Kind = ErrorKind.Conflict };
    }
}
