using Training.Attendance.EntityFrameworkCore;

namespace Training.Attendance.Application.Board;

/// <summary>
/// A session's result as people see it: the computed <c>DailyResult</c>, with the current <c>ResultCorrection</c>'s
/// status and minutes over it where a manager corrected it. Every read of this area (my month, the board, the report,
/// the home page) goes through <see cref="EffectiveResults.Query"/>, so "a correction overrides the result" is decided
/// in this one place. A flat class (not the results area's record with computed properties) so that SQL can filter and
/// GROUP BY on every member; the counting rules follow the results area's <c>EffectiveResult</c>.
/// </summary>
internal sealed class EffectiveResult
{
    public Guid StaffId { get; init; }
    public DateOnly Date { get; init; }
    public int SessionIndex { get; init; }

    /// <summary>The session's name in the day's timetable or shift (上午, 下午, 延时 …).</summary>
    public string SessionName { get; init; } = "";
    public Guid HallId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? WindowId { get; init; }
    public DateTime ExpectedStart { get; init; }
    public DateTime ExpectedEnd { get; init; }
    public SessionStatus Status { get; init; }
    public int LateMinutes { get; init; }
    public int EarlyMinutes { get; init; }
    public DateTime? InAt { get; init; }
    public DateTime? OutAt { get; init; }
    public Guid? LeaveRequestId { get; init; }

    /// <summary>The computed minutes off post / out past a note (not corrected: a correction's status says it all).</summary>
    public int OffPostMinutes { get; init; }
    public int OutMinutes { get; init; }
    public bool IsCorrected { get; init; }
}

internal static class EffectiveResults
{
    /// <summary>The effective results, composable in SQL (filter, group and page on it).</summary>
    public static IQueryable<EffectiveResult> Query(AttendanceDbContext db) =>
        from r in db.DailyResults
        join c in db.ResultCorrections.Where(c => c.IsCurrent)
            on new { r.StaffId, r.Date, r.SessionIndex } equals new { c.StaffId, c.Date, c.SessionIndex } into corrections
        from c in corrections.DefaultIfEmpty()
        select new EffectiveResult
        {
            StaffId = r.StaffId,
            Date = r.Date,
            SessionIndex = r.SessionIndex,
            SessionName = r.SessionName,
            HallId = r.HallId,
            UnitId = r.UnitId,
            WindowId = r.WindowId,
            ExpectedStart = r.ExpectedStart,
            ExpectedEnd = r.ExpectedEnd,
            Status = c == null ? r.Status : c.Status,
            LateMinutes = c == null ? r.LateMinutes : c.LateMinutes,
            EarlyMinutes = c == null ? r.EarlyMinutes : c.EarlyMinutes,
            InAt = r.InAt,
            OutAt = r.OutAt,
            LeaveRequestId = r.LeaveRequestId,
            OffPostMinutes = r.OffPostMinutes,
            OutMinutes = r.OutMinutes,
            IsCorrected = c != null,
        };

    /// <summary>Statuses a lead looks at: everything but presence and covered absence.</summary>
    public static readonly SessionStatus[] Anomalies =
        [SessionStatus.Late, SessionStatus.EarlyLeave, SessionStatus.Absent, SessionStatus.OffPost, SessionStatus.OutWithoutLeave];

    /// <summary>Statuses of a session the person worked (at the hall, even if late, early or off post a while).</summary>
    public static readonly SessionStatus[] Worked =
        [SessionStatus.Present, SessionStatus.Late, SessionStatus.EarlyLeave, SessionStatus.OffPost];
}
