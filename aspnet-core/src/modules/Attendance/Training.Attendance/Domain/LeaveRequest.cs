using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>
/// A request for leave from a half day to a half day, both inclusive. Its length in half days is fixed when it is made
/// (working or calendar days by the type). Once <see cref="LeaveStatus.Approved"/> it covers the person's sessions in
/// that stretch. Type, unit and hall are snapshots of the time (data scope filters on them).
/// </summary>
public sealed class LeaveRequest : AggregateRoot
{
    private LeaveRequest() { }

    public LeaveRequest(Guid id, Guid staffId, Guid hallId, Guid? unitId, LeaveType type, DateOnly startDate, DayHalf startHalf,
        DateOnly endDate, DayHalf endHalf, int halfDays, string reason, int requiredSteps = 1) : base(id)
    {
        StaffId = staffId;
        HallId = hallId;
        UnitId = unitId;
        LeaveTypeId = type.Id;
        IsOfficialBusiness = type.IsOfficialBusiness;
        StartDate = startDate;
        StartHalf = startHalf;
        EndDate = endDate;
        EndHalf = endHalf;
        HalfDays = halfDays;
        Reason = reason.Trim();
        Status = LeaveStatus.Pending;
        RequiredSteps = Math.Clamp(requiredSteps, 1, 2);
    }

    public Guid StaffId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid LeaveTypeId { get; private set; }
    public bool IsOfficialBusiness { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DayHalf StartHalf { get; private set; }
    public DateOnly EndDate { get; private set; }
    public DayHalf EndHalf { get; private set; }

    /// <summary>The length in half days (3 = one and a half days), counted when the request was made.</summary>
    public int HalfDays { get; private set; }

    public string Reason { get; private set; } = "";
    public LeaveStatus Status { get; private set; }

    /// <summary>1: the unit lead approves; 2: then the hall manager too (the request is longer than the set days).</summary>
    public int RequiredSteps { get; private set; }

    public int ApprovedSteps { get; private set; }

    /// <summary>Who gave the first approval (the person, or the approver a stand-in acted for): the second must be another.</summary>
    public Guid? FirstApproverUserId { get; private set; }

    /// <summary>The reason of a rejection or a revocation.</summary>
    public string? DecisionReason { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>The approval the request waits for: 1 or 2 while pending, 0 once decided.</summary>
    public int PendingStep => Status == LeaveStatus.Pending ? ApprovedSteps + 1 : 0;

    /// <summary>
    /// Records an approval of the pending step. <paramref name="completes"/>: the approver holds the hall's authority, so
    /// a second step would only ask them again; the request is approved at once.
    /// </summary>
    public void Approve(Guid approverUserId, bool completes, DateTime at)
    {
        EnsurePending();
        if (ApprovedSteps == 1 && FirstApproverUserId == approverUserId)
            throw new BusinessException(AttendanceErrorCodes.LeaveSecondApproverSame) { Kind = ErrorKind.Conflict };
        FirstApproverUserId ??= approverUserId;
        ApprovedSteps = completes ? RequiredSteps : ApprovedSteps + 1;
        if (ApprovedSteps < RequiredSteps) return;
        Status = LeaveStatus.Approved;
        DecidedAt = at;
    }

    public void Reject(string reason, DateTime at)
    {
        EnsurePending();
        Status = LeaveStatus.Rejected;
        DecisionReason = reason.Trim();
        DecidedAt = at;
    }

    /// <summary>The requester withdraws it, pending or approved, before its first day (<paramref name="today"/> local).</summary>
    public void Cancel(DateOnly today, DateTime at)
    {
        if (Status is not (LeaveStatus.Pending or LeaveStatus.Approved))
            throw new BusinessException(AttendanceErrorCodes.LeaveNotPending, Status.ToString()) { Kind = ErrorKind.Conflict };
        if (today >= StartDate)
            throw new BusinessException(AttendanceErrorCodes.LeaveAlreadyStarted, StartDate.ToString("yyyy-MM-dd")) { Kind = ErrorKind.Conflict };
        Status = LeaveStatus.Cancelled;
        DecidedAt = at;
    }

    /// <summary>An approver takes back approved leave, with a reason: its sessions go back to what the punches say.</summary>
    public void Revoke(string reason, DateTime at)
    {
        if (Status != LeaveStatus.Approved)
            throw new BusinessException(AttendanceErrorCodes.LeaveNotApproved, Status.ToString()) { Kind = ErrorKind.Conflict };
        Status = LeaveStatus.Revoked;
        DecisionReason = reason.Trim();
        DecidedAt = at;
    }

    private void EnsurePending()
    {
        if (Status != LeaveStatus.Pending)
            throw new BusinessException(AttendanceErrorCodes.LeaveNotPending, Status.ToString()) { Kind = ErrorKind.Conflict };
    }

    /// <summary>Whether the stretch covers the given half of the given date.</summary>
    public bool Covers(DateOnly date, DayHalf half) =>
        (date > StartDate || (date == StartDate && half >= StartHalf)) && (date < EndDate || (date == EndDate && half <= EndHalf));
}
