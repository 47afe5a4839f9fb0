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

/// <summary>An AB backup with the people's and the window's names.</summary>
public sealed record PostBackupDto(
    Guid Id, Guid WindowId, string WindowCode, Guid UnitId, PersonRefDto Primary, PersonRefDto Backup, DateOnly FromDate, DateOnly? ToDate);

/// <summary>A window of a unit on a date: who holds it (A) and its backups not ended before that date (B), in date order.</summary>
public sealed record WindowPostDto(WindowDto Window, IReadOnlyList<PersonRefDto> Holders, IReadOnlyList<PostBackupDto> Backups);

public sealed record UnitPostsDto(UnitDto Unit, DateOnly Date, IReadOnlyList<WindowPostDto> Windows);

/// <summary>A (the holder of the window) names B from a date, until an optional last day (inclusive).</summary>
public sealed record CreatePostBackupInput(Guid WindowId, Guid PrimaryStaffId, Guid BackupStaffId, DateOnly FromDate, DateOnly? ToDate);

/// <summary>The backup's last day (inclusive); empty means today.</summary>
public sealed record EndPostBackupInput(DateOnly? ToDate);
