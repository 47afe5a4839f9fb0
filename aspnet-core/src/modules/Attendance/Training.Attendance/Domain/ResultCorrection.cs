using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>
/// A manager's or clerk's correction of one session's result, with a reason. The computed <see cref="DailyResult"/> is
/// never touched: reads put the current correction over it, recomputation leaves corrections alone (they are keyed by
/// person, date and session, not by the result row), and a later correction supersedes an earlier one, which stays as
/// history. The computed values at the time are kept beside it, so both are shown.
/// </summary>
public sealed class ResultCorrection : AggregateRoot
{
    private ResultCorrection() { }

    public ResultCorrection(Guid id, DailyResult original, SessionStatus status, int lateMinutes, int earlyMinutes, string reason) : base(id)
    {
        var fits = status switch
        {
            SessionStatus.Late => lateMinutes > 0,
            SessionStatus.EarlyLeave => lateMinutes == 0 && earlyMinutes > 0,
            _ => lateMinutes == 0 && earlyMinutes == 0,
        };
        if (!fits) throw new BusinessException(AttendanceErrorCodes.CorrectionMinutesInvalid, status);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(AttendanceErrorCodes.ReasonRequired);
        StaffId = original.StaffId;
        Date = original.Date;
        SessionIndex = original.SessionIndex;
        HallId = original.HallId;
        UnitId = original.UnitId;
        Status = status;
        LateMinutes = lateMinutes;
        EarlyMinutes = earlyMinutes;
        Reason = reason.Trim();
        OriginalStatus = original.Status;
        OriginalLateMinutes = original.LateMinutes;
        OriginalEarlyMinutes = original.EarlyMinutes;
        IsCurrent = true;
    }

    public Guid StaffId { get; private set; }
    public DateOnly Date { get; private set; }
    public int SessionIndex { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public SessionStatus Status { get; private set; }
    public int LateMinutes { get; private set; }
    public int EarlyMinutes { get; private set; }
    public string Reason { get; private set; } = "";
    public SessionStatus OriginalStatus { get; private set; }
    public int OriginalLateMinutes { get; private set; }
    public int OriginalEarlyMinutes { get; private set; }

    /// <summary>The one correction in force for its session; earlier ones stay as history.</summary>
    public bool IsCurrent { get; private set; }

    public void Supersede() => IsCurrent = false;
}
