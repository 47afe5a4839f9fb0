using Training.Attendance.EntityFrameworkCore;

namespace Training.Attendance.Application.Board;

/// <summary>
/// A session's result as people see it: the computed <c>DailyResult</c>, or a manager's correction of it where there is
/// one. Every read of this area (my month, the board, the report, the home page) goes through <see cref="Query"/>, so
/// "a correction overrides the result" is decided in this one place.
/// </summary>
internal sealed class EffectiveResult
{
    public Guid StaffId { get; init; }
    public DateOnly Date { get; init; }
    public int SessionIndex { get; init; }
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
    public bool IsCorrected { get; init; }
}

internal static class EffectiveResults
{
    /// <summary>The effective results, composable in SQL (filter, group and page on it).</summary>
    public static IQueryable<EffectiveResult> Query(AttendanceDbContext db) =>
        db.DailyResults.Select(r => new EffectiveResult
        {
            StaffId = r.StaffId,
            Date = r.Date,
            SessionIndex = r.SessionIndex,
            HallId = r.HallId,
            UnitId = r.UnitId,
            WindowId = r.WindowId,
            ExpectedStart = r.ExpectedStart,
            ExpectedEnd = r.ExpectedEnd,
            Status = r.Status,
            LateMinutes = r.LateMinutes,
            EarlyMinutes = r.EarlyMinutes,
            InAt = r.InAt,
            OutAt = r.OutAt,
            LeaveRequestId = r.LeaveRequestId,
            IsCorrected = false,
        });

    /// <summary>Statuses a lead looks at: everything but presence and covered absence.</summary>
    public static readonly SessionStatus[] Anomalies =
        [SessionStatus.Late, SessionStatus.EarlyLeave, SessionStatus.Absent, SessionStatus.OffPost, SessionStatus.OutWithoutLeave];

    /// <summary>Statuses of a session the person worked (at the hall, even if late, early or off post a while).</summary>
    public static readonly SessionStatus[] Worked =
        [SessionStatus.Present, SessionStatus.Late, SessionStatus.EarlyLeave, SessionStatus.OffPost];
}
