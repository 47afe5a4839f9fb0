using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;

namespace Training.Attendance.Application.Board;

/// <summary>Today's attendance facts of a set of people and windows: five queries, each one over the whole set.</summary>
internal sealed class BoardFacts
{
    public required Dictionary<Guid, DateTime?> FirstPunch { get; init; }
    public required Dictionary<Guid, PostStatusNow> LastPostStatus { get; init; }
    public required List<OpenNote> OpenNotes { get; init; }
    public required List<LeaveToday> Leave { get; init; }
    public required List<EffectiveResult> Marks { get; init; }

    public sealed record PostStatusNow(PostStatusKind Kind, DateTime At);

    public sealed record OpenNote(Guid StaffId, string Destination, DateTime LeftAt, DateTime ExpectedBackAt);

    /// <summary>An approved leave on today, with the halves of today it covers.</summary>
    public sealed record LeaveToday(Guid StaffId, bool Morning, bool Afternoon, bool IsOfficialBusiness, string NameZh, string NameEn)
    {
        public bool Covers(DayHalf half) => half == DayHalf.Morning ? Morning : Afternoon;
    }

    public static async Task<BoardFacts> LoadAsync(AttendanceDbContext db, List<Guid> staffIds, List<Guid> windowIds, DateOnly today,
        DateTime now, CancellationToken cancellationToken)
    {
        var firstPunch = await db.Punches.Where(p => EF.Parameter(staffIds).Contains(p.StaffId) && p.Date == today && p.At <= now)
            .GroupBy(p => p.StaffId).Select(g => new { StaffId = g.Key, First = g.Min(p => p.At) }).ToListAsync(cancellationToken);
        // Today's pause/resume events of these windows are a few dozen at most; the last of each is picked here.
        var events = await db.PostStatusEvents.Where(e => EF.Parameter(windowIds).Contains(e.WindowId) && e.Date == today && e.At <= now)
            .Select(e => new { e.WindowId, e.Kind, e.At, e.Id }).ToListAsync(cancellationToken);
        // Today's open notes only: a note left open yesterday says nothing about where the person is now.
        var notes = await db.WhereaboutsNotes.Where(n => EF.Parameter(staffIds).Contains(n.StaffId) && n.Date == today && n.ReturnedAt == null && n.LeftAt <= now)
            .OrderBy(n => n.LeftAt).Select(n => new OpenNote(n.StaffId, n.Destination, n.LeftAt, n.ExpectedBackAt)).ToListAsync(cancellationToken);
        var leave = await (from l in db.LeaveRequests
                           join t in db.LeaveTypes on l.LeaveTypeId equals t.Id
                           where EF.Parameter(staffIds).Contains(l.StaffId) && l.Status == LeaveStatus.Approved && l.StartDate <= today && l.EndDate >= today
                           select new { Request = l, t.NameZh, t.NameEn }).AsNoTracking().ToListAsync(cancellationToken);
        var marks = await EffectiveResults.Query(db)
            .Where(r => EF.Parameter(staffIds).Contains(r.StaffId) && r.Date == today && EffectiveResults.Anomalies.Contains(r.Status))
            .OrderBy(r => r.SessionIndex).ToListAsync(cancellationToken);

        return new BoardFacts
        {
            FirstPunch = firstPunch.ToDictionary(p => p.StaffId, p => (DateTime?)p.First),
            LastPostStatus = events.GroupBy(e => e.WindowId)
                .ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new PostStatusNow(e.Kind, e.At)).Last()),
            OpenNotes = notes,
            Leave = leave.Select(l => new LeaveToday(l.Request.StaffId, l.Request.Covers(today, DayHalf.Morning), l.Request.Covers(today, DayHalf.Afternoon),
                l.Request.IsOfficialBusiness, l.NameZh, l.NameEn)).ToList(),
            Marks = marks,
        };
    }
}
