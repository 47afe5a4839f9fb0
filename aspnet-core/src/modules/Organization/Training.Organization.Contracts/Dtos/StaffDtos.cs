using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Organization;

public sealed record StaffListInput : PagedRequest
{
    /// <summary>Part of the name or the staff number.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
    public StaffKind? Kind { get; init; }
    public StaffStatus? Status { get; init; }
}

public sealed record StaffListItemDto(
    Guid Id, string StaffNumber, string Name, StaffKind Kind, StaffStatus Status,
    Guid HallId, string HallName, Guid? UnitId, string? UnitName, Guid? WindowId, string? WindowCode, string? WindowName,
    bool HasAccount);

public sealed record AssignmentDto(
    Guid Id, Guid WindowId, string WindowCode, string WindowName, Guid UnitId, string UnitName, Guid HallId, string HallName,
    DateOnly StartDate, DateOnly? EndDate, AssignmentEndKind? EndKind, string? EndReason);

public sealed record StaffDetailDto(
    Guid Id, string StaffNumber, string Name, string? Phone, StaffKind Kind, StaffStatus Status,
    Guid? DispatchingDepartmentId, string? DispatchingDepartmentName,
    Guid HallId, string HallName, Guid? UnitId, string? UnitName, Guid? UserId,
    AssignmentDto? Current, IReadOnlyList<AssignmentDto> History, DateTime CreatedAt, DateOnly? WorkStartDate,
    int? ServiceYears);

public sealed record SaveStaffInput(
    [property: Required, StringLength(OrganizationConsts.MaxStaffNumberLength)] string StaffNumber,
    [property: Required, StringLength(OrganizationConsts.MaxPersonNameLength)] string Name,
    [property: StringLength(OrganizationConsts.MaxPhoneLength)] string? Phone,
    StaffKind Kind,
    Guid? DispatchingDepartmentId,
    Guid HallId,
    Guid? UnitId,
    DateOnly? WorkStartDate = null);

/// <summary>The new staff member and, when an account was made, its one-time password (shown once).</summary>
public sealed record CreatedStaffDto(StaffDetailDto Staff, string? UserName, string? InitialPassword);

public sealed record AssignInput(Guid WindowId, DateOnly? Date);

public sealed record EndAssignmentInput(DateOnly? Date, [property: StringLength(OrganizationConsts.MaxReasonLength)] string? Reason);

public sealed record ReturnToDepartmentInput(
    DateOnly? Date, [property: Required, StringLength(OrganizationConsts.MaxReasonLength)] string Reason);
