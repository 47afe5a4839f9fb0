using Training.Organization.Events;
using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;

namespace Training.Organization.Domain;

/// <summary>
/// A person working in a hall. Holds at most one current window assignment and the dated history of all of them.
/// Whether the person may take up a post at all is asked of <see cref="IWindowPostEligibility"/> before
/// <see cref="AssignTo"/> or <see cref="MoveTo"/>; the methods here guard the sequence.
/// </summary>
public sealed class StaffMember : AggregateRoot
{
    private readonly List<WindowAssignment> _assignments = [];

    private StaffMember() { }

    public StaffMember(Guid id, string staffNumber, string name, StaffKind kind, Guid? dispatchingDepartmentId, Guid hallId, Guid? unitId)
        : base(id)
    {
        StaffNumber = Check.NotBlank(staffNumber, "staffNumber", OrganizationConsts.MaxStaffNumberLength);
        UpdateProfile(name, null, kind, dispatchingDepartmentId);
        HallId = hallId;
        UnitId = unitId;
        Status = StaffStatus.Active;
        AddEvent(new StaffMemberCreatedEto(Guid.NewGuid(), Id, StaffNumber, Name, hallId, unitId));
    }

    public string StaffNumber { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Phone { get; private set; }
    public StaffKind Kind { get; private set; }
    public Guid? DispatchingDepartmentId { get; private set; }
    public StaffStatus Status { get; private set; }

    /// <summary>The hall and unit the person belongs to now (the current window's when assigned).</summary>
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? CurrentWindowId { get; private set; }
    public Guid? UserId { get; private set; }

    /// <summary>参加工作时间: when the person began working (leave by years of service counts from it).</summary>
    public DateOnly? WorkStartDate { get; private set; }

    public IReadOnlyList<WindowAssignment> Assignments => _assignments;

    public WindowAssignment? Current => _assignments.FirstOrDefault(a => a.IsCurrent);

    public void UpdateProfile(string name, string? phone, StaffKind kind, Guid? dispatchingDepartmentId)
    {
        if (kind == StaffKind.Dispatched && dispatchingDepartmentId is null)
            throw new BusinessException(OrganizationErrorCodes.DispatchingDepartmentRequired);
        Name = Check.NotBlank(name, "name", OrganizationConsts.MaxPersonNameLength);
        Phone = Check.Optional(phone, "phone", OrganizationConsts.MaxPhoneLength);
        Kind = kind;
        DispatchingDepartmentId = kind == StaffKind.Dispatched ? dispatchingDepartmentId : null;
    }

    /// <summary>Where the person belongs while not at a window (set by an administrator or an import).</summary>
    public void PlaceIn(Guid hallId, Guid? unitId)
    {
        if (Current is not null && (Current.HallId != hallId || Current.UnitId != unitId))
            throw new BusinessException(OrganizationErrorCodes.AlreadyAssigned, Name, "");
        HallId = hallId;
        UnitId = unitId;
    }

    public void LinkUser(Guid userId) => UserId ??= userId;

    /// <summary>
    /// Post changes take effect on <paramref name="date"/> at <paramref name="at"/> (UTC), or at the start of that local
    /// day when no instant is given (a change dated another day than today).
    /// </summary>
    public WindowAssignment AssignTo(Window window, DateOnly date, DateTime? at = null)
    {
        EnsureActive();
        if (Current is { } current) throw new BusinessException(OrganizationErrorCodes.AlreadyAssigned, Name, current.WindowId);
        return Start(window, date, at, isMove: false);
    }

    public WindowAssignment MoveTo(Window window, DateOnly date, DateTime? at = null)
    {
        EnsureActive();
        var current = Current ?? throw new BusinessException(OrganizationErrorCodes.NotAssigned, Name);
        if (current.WindowId == window.Id) throw new BusinessException(OrganizationErrorCodes.SameWindow, Name);
        Finish(current, date, at, AssignmentEndKind.Moved, null);
        return Start(window, date, at, isMove: true);
    }

    public void EndAssignment(DateOnly date, string? reason, DateTime? at = null)
    {
        var current = Current ?? throw new BusinessException(OrganizationErrorCodes.NotAssigned, Name);
        Finish(current, date, at, AssignmentEndKind.Ended, reason);
    }

    /// <summary>退回派驻部门: ends the current post (if any) and the person leaves the hall's active staff.</summary>
    public void ReturnToDepartment(DateOnly date, string reason, DateTime? at = null)
    {
        EnsureActive();
        if (Kind != StaffKind.Dispatched) throw new BusinessException(OrganizationErrorCodes.OnlyDispatchedCanBeReturned);
        Check.NotBlank(reason, "reason", OrganizationConsts.MaxReasonLength);
        if (Current is { } current) Finish(current, date, at, AssignmentEndKind.Returned, reason);
        Status = StaffStatus.Returned;
    }

    /// <summary>参加工作时间: optional, never in the future (<paramref name="today"/> is the hall's local date).</summary>
    public void SetWorkStartDate(DateOnly? date, DateOnly today)
    {
        if (date > today) throw new BusinessException(OrganizationErrorCodes.WorkStartDateInFuture, MessageDates.Iso(date.Value));
        WorkStartDate = date;
    }

    private static DateTime EffectiveAt(DateOnly date, DateTime? at) =>
        at is { } instant ? DateTime.SpecifyKind(instant, DateTimeKind.Utc) : BusinessDates.StartOfDayUtc(date);

    private WindowAssignment Start(Window window, DateOnly date, DateTime? at, bool isMove)
    {
        if (!window.IsActive) throw new BusinessException(OrganizationErrorCodes.WindowInactive, window.Code);
        var assignment = new WindowAssignment(Id, window, date, EffectiveAt(date, at));
        _assignments.Add(assignment);
        CurrentWindowId = window.Id;
        HallId = window.HallId;
        UnitId = window.UnitId;
        AddEvent(new StaffAssignedEto(Guid.NewGuid(), Id, assignment.Id, window.Id, window.UnitId, window.HallId, date, isMove));
        return assignment;
    }

    private void Finish(WindowAssignment current, DateOnly date, DateTime? at, AssignmentEndKind kind, string? reason)
    {
        if (date < current.StartDate)
            throw new BusinessException(OrganizationErrorCodes.DateBeforeAssignmentStart, date, current.StartDate);
        current.End(date, EffectiveAt(date, at), kind, reason);
        CurrentWindowId = null;
        AddEvent(new StaffAssignmentEndedEto(Guid.NewGuid(), Id, current.Id, current.WindowId, current.UnitId, current.HallId,
            date, kind, current.EndReason));
    }

    private void EnsureActive()
    {
        if (Status != StaffStatus.Active) throw new BusinessException(OrganizationErrorCodes.StaffNotActive, Name);
    }
}
