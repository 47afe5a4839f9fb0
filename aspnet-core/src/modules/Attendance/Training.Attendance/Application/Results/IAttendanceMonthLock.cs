namespace Training.Attendance.Application.Results;

/// <summary>
/// The guard of closed attendance months, for every writer inside Attendance. A hall's month closed by its manager
/// refuses corrections, leave, notes and timetable changes that touch it (<see cref="EnsureOpenAsync"/> throws
/// <c>Attendance:00036</c>, a conflict); punch intake alone still stores its punches, flagged
/// <c>ArrivedAfterClose</c> when <see cref="GetClosedMonthsAsync"/> says their month is closed; they count after a reopen.
/// </summary>
public interface IAttendanceMonthLock
{
    /// <summary>Whether the hall's month of <paramref name="date"/> is closed.</summary>
    Task<bool> IsClosedAsync(Guid hallId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The closed months among the given halls' months that meet [from, to], in one query.</summary>
    Task<IReadOnlySet<ClosedMonth>> GetClosedMonthsAsync(IReadOnlyCollection<Guid> hallIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    /// <summary>Throws the month-closed conflict when any month of the hall that meets [from, to] is closed.</summary>
    Task EnsureOpenAsync(Guid hallId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

/// <summary>A hall's attendance month.</summary>
public readonly record struct ClosedMonth(Guid HallId, int Year, int Month)
{
    public bool Contains(Guid hallId, DateOnly date) => HallId == hallId && Year == date.Year && Month == date.Month;
}
