namespace Training.Attendance.Application;

// Scaffolding for the few hours the areas are built side by side: month closes belong to the results area, which
// replaces this registration with its reader of the closes, and this file goes with it. It must not survive the merge.
internal sealed class NoMonthClosedYet : IAttendanceMonthLock
{
    private static readonly IReadOnlySet<(Guid HallId, int Year, int Month)> None = new HashSet<(Guid, int, int)>();

    public Task<IReadOnlySet<(Guid HallId, int Year, int Month)>> GetClosedAsync(IReadOnlyCollection<Guid> hallIds, DateOnly from,
        DateOnly to, CancellationToken cancellationToken = default) => Task.FromResult(None);
}
