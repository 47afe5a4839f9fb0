using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;

namespace Training.Attendance.Application.Board;

/// <summary>
/// One day's attendance facts of a set of people and windows as of an instant (now today, a past day's last instant):
/// five queries (four on a past day, which has no post status to show), each one over the whole set.
/// </summary>
internal sealed class BoardFacts
{
    public required Dictionary<Guid, DateTime?> FirstPunch { get; init; }
    public required Dictionary<Guid, PostStatusNow> LastPostStatus { get; init; }

    /// <summary>The day's whereabouts notes left by the instant, open or closed, in the order they were left.</summary>
    public required List<DayNote> Notes { get; init; }
    public required List<LeaveOnDay> Leave { get; init; }

    /// <summary>Every effective result of the day (corrections and approved leave are in them), by session.</summary>
    public required List<EffectiveResult> Results { get; init; }

    public sealed record PostStatusNow(PostStatusKind Kind, DateTime At);

    public sealed record DayNote(Guid StaffId, string Destination, DateTime LeftAt, DateTime ExpectedBackAt, DateTime? ReturnedAt);

    /// <summary>An approved leave on the day, with the halves of the day it covers.</summary>
    public sealed record LeaveOnDay(Guid StaffId, bool Morning, bool Afternoon, bool IsOfficialBusiness, string NameZh, string NameEn)
    {
        public bool Covers(DayHalf half) => half == DayHalf.Morning ? Morning : Afternoon;
    }

    /// <summary>
    /// The people whose results of the day put them in the unit (or the hall): on a past day they belong on its board
    /// even if they have moved or left since — the results keep the unit and hall of the time.
    /// </summary>
    public static async Task<List<Guid>> PeopleOfTheDayAsync(AttendanceDbContext db, DateOnly date, Guid hallId, Guid? unitId,
        CancellationToken cancellationToken)
    {
        var results = db.DailyResults.Where(r => r.Date == date && r.HallId == hallId);
        if (unitId is { } unit) results = results.Where(r => r.UnitId == unit);
        return await results.Select(r => r.StaffId).Distinct().ToListAsync(cancellationToken);
    }

    public static async Task<BoardFacts> LoadAsync(AttendanceDbContext db, List<Guid> staffIds, List<Guid> windowIds, DateOnly date,
        DateTime asOf, bool live, CancellationToken cancellationToken)
    {
        var firstPunch = await db.Punches.Where(p => EF.Parameter(staffIds).Contains(p.StaffId) && p.Date == date && p.At <= asOf)
            .GroupBy(p => p.StaffId).Select(g => new { StaffId = g.Key, First = g.Min(p => p.At) }).ToListAsync(cancellationToken);
        // Today's pause/resume events of these windows are a few dozen at most; the last of each is picked here. A past
        // day's last event (usually the evening's pause) says nothing worth showing, so it is not read.
        var events = live
            ? await db.PostStatusEvents.Where(e => EF.Parameter(windowIds).Contains(e.WindowId) && e.Date == date && e.At <= asOf)
                .Select(e => new { e.WindowId, e.Kind, e.At, e.Id }).ToListAsync(cancellationToken)
            : [];
        // The day's notes only: a note left open the day before says nothing about where the person is that day.
        var notes = await db.WhereaboutsNotes.Where(n => EF.Parameter(staffIds).Contains(n.StaffId) && n.Date == date && n.LeftAt <= asOf)
            .OrderBy(n => n.LeftAt).Select(n => new DayNote(n.StaffId, n.Destination, n.LeftAt, n.ExpectedBackAt, n.ReturnedAt))
            .ToListAsync(cancellationToken);
        var leave = await (from l in db.LeaveRequests
                           join t in db.LeaveTypes on l.LeaveTypeId equals t.Id
                           where EF.Parameter(staffIds).Contains(l.StaffId) && l.Status == LeaveStatus.Approved && l.StartDate <= date && l.EndDate >= date
                           select new { Request = l, t.NameZh, t.NameEn }).AsNoTracking().ToListAsync(cancellationToken);
        var results = await EffectiveResults.Query(db).Where(r => EF.Parameter(staffIds).Contains(r.StaffId) && r.Date == date)
            .OrderBy(r => r.SessionIndex).ToListAsync(cancellationToken);

        return new BoardFacts
        {
            FirstPunch = firstPunch.ToDictionary(p => p.StaffId, p => (DateTime?)p.First),
            LastPostStatus = events.GroupBy(e => e.WindowId)
                .ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new PostStatusNow(e.Kind, e.At)).Last()),
            Notes = notes,
            Leave = leave.Select(l => new LeaveOnDay(l.Request.StaffId, l.Request.Covers(date, DayHalf.Morning), l.Request.Covers(date, DayHalf.Afternoon),
                l.Request.IsOfficialBusiness, l.NameZh, l.NameEn)).ToList(),
            Results = results,
        };
    }
}
