using Training.SharedKernel.Domain;

namespace Training.Attendance.Domain;

/// <summary>
/// A person's entitlement to a leave type in a year, set by a manager or clerk with a reason. Without one, annual leave
/// follows the years of service (<see cref="AnnualLeaveRule"/>) and other types with a balance start at nothing. What
/// was used is not stored: it is the approved requests. Hall and unit are the person's when it was set (scope).
/// </summary>
public sealed class LeaveBalance : AggregateRoot
{
    private LeaveBalance() { }

    public LeaveBalance(Guid id, Guid staffId, Guid hallId, Guid? unitId, Guid leaveTypeId, int year, int entitledHalfDays, string reason)
        : base(id)
    {
        StaffId = staffId;
        HallId = hallId;
        UnitId = unitId;
        LeaveTypeId = leaveTypeId;
        Year = year;
        EntitledHalfDays = entitledHalfDays;
        Reason = reason.Trim();
    }

    public Guid StaffId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid LeaveTypeId { get; private set; }
    public int Year { get; private set; }
    public int EntitledHalfDays { get; private set; }
    public string Reason { get; private set; } = "";

    public void Set(int entitledHalfDays, string reason)
    {
        EntitledHalfDays = entitledHalfDays;
        Reason = reason.Trim();
    }
}

/// <summary>One edit of a balance (from, to, why, by whom), kept so an entitlement can be explained later.</summary>
public sealed class LeaveBalanceChange
{
    private LeaveBalanceChange() { }

    public LeaveBalanceChange(Guid leaveBalanceId, int? fromHalfDays, int toHalfDays, string reason, Guid? byUserId, DateTime at)
    {
        LeaveBalanceId = leaveBalanceId;
        FromHalfDays = fromHalfDays;
        ToHalfDays = toHalfDays;
        Reason = reason.Trim();
        ByUserId = byUserId;
        At = at;
    }

    public long Id { get; private set; }
    public Guid LeaveBalanceId { get; private set; }
    public int? FromHalfDays { get; private set; }
    public int ToHalfDays { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid? ByUserId { get; private set; }
    public DateTime At { get; private set; }
}
