namespace Training.Attendance.Application;

/// <summary>
/// Which attendance months are closed (月结) per hall. Owned by the results area, which closes and reopens months; the
/// intake reads it to flag punches that arrive for a closed month (stored, shown, counted only after a reopen).
/// </summary>
public interface IAttendanceMonthLock
{
    /// <summary>The closed (hall, year, month) among the given halls whose months overlap the local dates from … to (inclusive).</summary>
    Task<IReadOnlySet<(Guid HallId, int Year, int Month)>> GetClosedAsync(IReadOnlyCollection<Guid> hallIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);
}
