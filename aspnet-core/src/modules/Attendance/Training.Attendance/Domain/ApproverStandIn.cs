using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>
/// An approver away from … to (inclusive) names a stand-in who approves leave in their place. The approver's units and
/// halls are copied when it is named, so the stand-in's queue can be found; every action still checks that the
/// approver holds that authority on the day (a lead replaced meanwhile delegates nothing).
/// </summary>
public sealed class ApproverStandIn : AggregateRoot
{
    private ApproverStandIn() { }

    public ApproverStandIn(Guid id, Guid principalUserId, string principalName, Guid standInStaffId, Guid standInUserId,
        string standInName, DateOnly fromDate, DateOnly toDate, IReadOnlyCollection<Guid> unitIds, IReadOnlyCollection<Guid> hallIds) : base(id)
    {
        if (toDate < fromDate) throw new BusinessException(AttendanceErrorCodes.StandInDateOrder);
        PrincipalUserId = principalUserId;
        PrincipalName = principalName;
        StandInStaffId = standInStaffId;
        StandInUserId = standInUserId;
        StandInName = standInName;
        FromDate = fromDate;
        ToDate = toDate;
        UnitIds = [.. unitIds];
        HallIds = [.. hallIds];
    }

    public Guid PrincipalUserId { get; private set; }
    public string PrincipalName { get; private set; } = "";
    public Guid StandInStaffId { get; private set; }
    public Guid StandInUserId { get; private set; }
    public string StandInName { get; private set; } = "";
    public DateOnly FromDate { get; private set; }
    public DateOnly ToDate { get; private set; }

    /// <summary>The units the approver led when naming the stand-in.</summary>
    public List<Guid> UnitIds { get; private set; } = [];

    /// <summary>The halls the approver managed when naming the stand-in.</summary>
    public List<Guid> HallIds { get; private set; } = [];

    public DateTime? EndedAt { get; private set; }

    public bool InForceOn(DateOnly date) => EndedAt is null && FromDate <= date && date <= ToDate;

    public void End(DateTime at) => EndedAt ??= at;
}
