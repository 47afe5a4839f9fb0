using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;

namespace Training.Attendance.Application.Results;

/// <summary>
/// A session's result as it is read: the computed values, with the current correction's status and minutes over them
/// when there is one. Every reader of results (reports, the board, the integration service) reads through
/// <see cref="Query"/> so a correction counts everywhere.
/// </summary>
public sealed record EffectiveResult(
    long Id, Guid StaffId, DateOnly Date, int SessionIndex, string SessionName, Guid HallId, Guid? UnitId, Guid? WindowId,
    SessionStatus ComputedStatus, int ComputedLateMinutes, int ComputedEarlyMinutes, int OffPostMinutes, int OutMinutes,
    bool MissingPunch, bool FrequentAbsence, Guid? LeaveRequestId, Guid? CorrectionId, SessionStatus? CorrectedStatus,
    int? CorrectedLateMinutes, int? CorrectedEarlyMinutes)
{
    public SessionStatus Status => CorrectedStatus ?? ComputedStatus;
    public int LateMinutes => CorrectedLateMinutes ?? ComputedLateMinutes;
    public int EarlyMinutes => CorrectedEarlyMinutes ?? ComputedEarlyMinutes;

    /// <summary>Late: the status says so, or (uncorrected) late minutes sit under a graver status (late and off-post).</summary>
    public bool IsLate => Status == SessionStatus.Late || (CorrectionId is null && ComputedLateMinutes > 0);

    public bool IsEarlyLeave => Status == SessionStatus.EarlyLeave || EarlyMinutes > 0;
    public bool IsAbsent => Status == SessionStatus.Absent;
    public bool IsOffPost => Status == SessionStatus.OffPost || (CorrectionId is null && OffPostMinutes > 0);
    public bool IsOutWithoutLeave => Status == SessionStatus.OutWithoutLeave || (CorrectionId is null && OutMinutes > 0);
    public bool IsLeave => Status is SessionStatus.OnLeave or SessionStatus.OfficialBusiness;

    /// <summary>The results joined with their current corrections (filter the results before; this is the final projection).</summary>
    public static IQueryable<EffectiveResult> Query(AttendanceDbContext db, IQueryable<DailyResult> results) =>
        from r in results
        join c in db.ResultCorrections.Where(c => c.IsCurrent)
            on new { r.StaffId, r.Date, r.SessionIndex } equals new { c.StaffId, c.Date, c.SessionIndex } into corrections
        from c in corrections.DefaultIfEmpty()
        select new EffectiveResult(r.Id, r.StaffId, r.Date, r.SessionIndex, r.SessionName, r.HallId, r.UnitId, r.WindowId, r.Status,
            r.LateMinutes, r.EarlyMinutes, r.OffPostMinutes, r.OutMinutes, r.MissingPunch, r.FrequentAbsence, r.LeaveRequestId,
            c == null ? null : c.Id, c == null ? null : c.Status, c == null ? null : c.LateMinutes, c == null ? null : c.EarlyMinutes);
}
