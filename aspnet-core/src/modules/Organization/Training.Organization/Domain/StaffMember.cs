using Training.Organization.Events;
using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

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

    public WindowAssignment AssignTo(Window window, DateOnly date)
    {
        EnsureActive();
        if (Current is { } current) throw new BusinessException(OrganizationErrorCodes.AlreadyAssigned, Name, current.WindowId);
        return Start(window, date, isMove: false);
    }

    public WindowAssignment MoveTo(Window window, DateOnly date)
    {
        EnsureActive();
        var current = Current ?? throw new BusinessException(OrganizationErrorCodes.NotAssigned, Name);
        if (current.WindowId == window.Id) throw new BusinessException(OrganizationErrorCodes.SameWindow, Name);
        Finish(current, date, AssignmentEndKind.Moved, null);
        return Start(window, date, isMove: true);
    }

    public void EndAssignment(DateOnly date, string? reason)
    {
        var current = Current ?? throw new BusinessException(OrganizationErrorCodes.NotAssigned, Name);
        Finish(current, date, AssignmentEndKind.Ended, reason);
    }

    /// <summary>退回派驻部门: ends the current post (if any) and the person leaves the hall's active staff.</summary>
    public void ReturnToDepartment(DateOnly date, string reason)
    {
        EnsureActive();
        if (Kind != StaffKind.Dispatched) throw new BusinessException(OrganizationErrorCodes.OnlyDispatchedCanBeReturned);
        Check.NotBlank(reason, "reason", OrganizationConsts.MaxReasonLength);
        if (Current is { } current) Finish(current, date, AssignmentEndKind.Returned, reason);
        Status = StaffStatus.Returned;
    }

    private WindowAssignment Start(Window window, DateOnly date, bool isMove)
    {
        if (!window.IsActive) throw new BusinessException(OrganizationErrorCodes.WindowInactive, window.Code);
        var assignment = new WindowAssignment(Id, window, date);
        _assignments.Add(assignment);
        CurrentWindowId = window.Id;
        HallId = window.HallId;
        UnitId = window.UnitId;
        AddEvent(new StaffAssignedEto(Guid.NewGuid(), Id, assignment.Id, window.Id, window.UnitId, window.HallId, date, isMove));
        return assignment;
    }

    private void Finish(WindowAssignment current, DateOnly date, AssignmentEndKind kind, string? reason)
    {
        if (date < current.StartDate)
            throw new BusinessException(OrganizationErrorCodes.DateBeforeAssignmentStart, date, current.StartDate);
        current.End(date, kind, reason);
        CurrentWindowId = null;
        AddEvent(new StaffAssignmentEndedEto(Guid.NewGuid(), Id, current.Id, current.WindowId, current.UnitId, current.HallId,
            date, kind, current.EndReason));
    }

    private void EnsureActive()
    {
        if (Status != StaffStatus.Active) throw new BusinessException(OrganizationErrorCodes.StaffNotActive, Name);
    }
}
