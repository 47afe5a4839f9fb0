using Training.SharedKernel.Domain;

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
        DateOnly endDate, DayHalf endHalf, int halfDays, string reason) : base(id)
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

    /// <summary>Whether the stretch covers the given half of the given date.</summary>
    public bool Covers(DateOnly date, DayHalf half) =>
        (date > StartDate || (date == StartDate && half >= StartHalf)) && (date < EndDate || (date == EndDate && half <= EndHalf));
}
