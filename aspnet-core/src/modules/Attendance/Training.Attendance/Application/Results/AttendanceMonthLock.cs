using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;

namespace Training.Attendance.Application.Results;

/// <summary>Reads the month-close log: a month is closed while its latest entry is a close.</summary>
internal sealed class AttendanceMonthLock(AttendanceDbContext db) : IAttendanceMonthLock
{
    public async Task<IReadOnlySet<(Guid HallId, int Year, int Month)>> GetClosedAsync(IReadOnlyCollection<Guid> hallIds, DateOnly from,
        DateOnly to, CancellationToken cancellationToken = default)
    {
        if (hallIds.Count == 0 || to < from) return new HashSet<(Guid, int, int)>();
        var first = from.Year * 12 + from.Month - 1;
        var last = to.Year * 12 + to.Month - 1;
        var ids = hallIds.Distinct().ToList();
        // The latest entry per hall-month, for the months in range, in one query.
        var latest = await db.MonthCloses.AsNoTracking()
            .Where(m => ids.Contains(m.HallId) && m.Year * 12 + m.Month - 1 >= first && m.Year * 12 + m.Month - 1 <= last)
            .Where(m => !db.MonthCloses.Any(n => n.HallId == m.HallId && n.Year == m.Year && n.Month == m.Month && n.Sequence > m.Sequence))
            .Select(m => new { m.HallId, m.Year, m.Month, m.Action })
            .ToListAsync(cancellationToken);
        return latest.Where(m => m.Action == MonthCloseAction.Close).Select(m => (m.HallId, m.Year, m.Month)).ToHashSet();
    }
}
