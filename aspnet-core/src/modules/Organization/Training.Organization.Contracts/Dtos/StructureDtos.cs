using System.ComponentModel.DataAnnotations;

namespace Training.Organization;

public sealed record DepartmentDto(Guid Id, string Name);

public sealed record CreateDepartmentInput([property: Required, StringLength(OrganizationConsts.MaxNameLength)] string Name);

public sealed record HallDto(Guid Id, string Code, string Name, HallKind Kind, Guid? ParentId, bool IsActive);

public sealed record SaveHallInput(
    [property: Required, StringLength(OrganizationConsts.MaxCodeLength)] string Code,
    [property: Required, StringLength(OrganizationConsts.MaxNameLength)] string Name,
    HallKind Kind,
    Guid? ParentId,
    bool IsActive = true);

public sealed record UnitDto(Guid Id, Guid HallId, string Code, string Name, UnitKind Kind, Guid? DepartmentId, string? DepartmentName, bool IsActive);

public sealed record SaveUnitInput(
    Guid HallId,
    [property: Required, StringLength(OrganizationConsts.MaxCodeLength)] string Code,
    [property: Required, StringLength(OrganizationConsts.MaxNameLength)] string Name,
    UnitKind Kind,
    Guid? DepartmentId,
    bool IsActive = true);

public sealed record WindowDto(Guid Id, Guid HallId, Guid UnitId, string Code, string Name, WindowType Type, bool IsActive, int StaffCount);

public sealed record SaveWindowInput(
    Guid UnitId,
    [property: Required, StringLength(OrganizationConsts.MaxCodeLength)] string Code,
    [property: Required, StringLength(OrganizationConsts.MaxNameLength)] string Name,
    WindowType Type,
    bool IsActive = true);

/// <summary>The hall → unit → window tree in one response.</summary>
public sealed record OrganizationTreeDto(IReadOnlyList<HallNodeDto> Halls);

public sealed record HallNodeDto(HallDto Hall, IReadOnlyList<UnitNodeDto> Units);

public sealed record UnitNodeDto(UnitDto Unit, IReadOnlyList<WindowDto> Windows, IReadOnlyList<PersonRefDto> Leads);

public sealed record PersonRefDto(Guid Id, string StaffNumber, string Name);

public sealed record SetLeadsInput([property: Required, MaxLength(OrganizationConsts.MaxLeadsPerUnit)] IReadOnlyList<Guid> StaffIds);
