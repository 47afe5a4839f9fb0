using Training.SharedKernel.Domain;

namespace Training.Organization.Domain;

/// <summary>
/// One stretch of a person at a window: [StartDate, EndDate), end exclusive, so a move on day D ends the old post and
/// starts the new one on D. <see cref="StartsAt"/> and <see cref="EndsAt"/> are the same stretch in UTC instants: a
/// change made for today takes effect when it is made (so a mid-day move leaves two holders that day), a change dated
/// another day at the start of that local day. Hall and unit are snapshots of the window's at the time.
/// </summary>
public sealed class WindowAssignment : Entity
{
    private WindowAssignment() { }

    internal WindowAssignment(Guid staffId, Window window, DateOnly startDate, DateTime startsAt) : base(Guid.NewGuid())
    {
        StartsAt = startsAt;
        StaffId = staffId;
        WindowId = window.Id;
        UnitId = window.UnitId;
        HallId = window.HallId;
        StartDate = startDate;
    }

    public Guid StaffId { get; private set; }
    public Guid WindowId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid HallId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime? EndsAt { get; private set; }
    public AssignmentEndKind? EndKind { get; private set; }
    public string? EndReason { get; private set; }

    public bool IsCurrent => EndDate is null;

    internal void End(DateOnly date, DateTime endsAt, AssignmentEndKind kind, string? reason)
    {
        EndDate = date;
        EndsAt = endsAt < StartsAt ? StartsAt : endsAt;
        EndKind = kind;
        EndReason = Check.Optional(reason, "reason", OrganizationConsts.MaxReasonLength);
    }
}
