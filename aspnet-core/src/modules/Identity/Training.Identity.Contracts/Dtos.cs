using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;

namespace Training.Identity;

public sealed record LoginInput(
    [property: Required, StringLength(IdentityConsts.MaxUserNameLength)] string UserName,
    [property: Required, StringLength(IdentityConsts.MaxPasswordLength)] string Password);

public sealed record ChangePasswordInput(
    [property: Required, StringLength(IdentityConsts.MaxPasswordLength)] string CurrentPassword,
    [property: Required, StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = IdentityConsts.MinPasswordLength)] string NewPassword);

public sealed record ScopeDto(ScopeKind Kind, Guid? StaffId, IReadOnlyList<Guid> UnitIds, IReadOnlyList<Guid> HallIds);

public sealed record CurrentUserDto(
    Guid UserId, string UserName, string DisplayName, Guid? StaffId, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions, ScopeDto Scope, bool MustChangePassword);

public sealed record UserListInput : PagedRequest
{
    /// <summary>Part of the user name or display name.</summary>
    public string? Filter { get; init; }
    public string? Role { get; init; }
}

public sealed record UserDto(
    Guid Id, string UserName, string DisplayName, Guid? StaffId, bool IsActive, bool MustChangePassword,
    bool IsLockedOut, IReadOnlyList<string> Roles, DateTime CreatedAt);

public sealed record CreateUserInput(
    [property: Required, StringLength(IdentityConsts.MaxUserNameLength)] string UserName,
    [property: Required, StringLength(IdentityConsts.MaxDisplayNameLength)] string DisplayName,
    [property: Required] IReadOnlyList<string> Roles);

public sealed record UpdateUserInput(
    [property: Required, StringLength(IdentityConsts.MaxDisplayNameLength)] string DisplayName,
    [property: Required] IReadOnlyList<string> Roles,
    bool IsActive);

/// <summary>A password made by the server, shown once to the administrator who must hand it over.</summary>
public sealed record OneTimePasswordDto(Guid UserId, string UserName, string Password);

public sealed record RoleDto(Guid Id, string Name, string DisplayName, ScopeKind ScopeKind, bool IsStatic, IReadOnlyList<string> Permissions);

public sealed record UpdateRolePermissionsInput([property: Required] IReadOnlyList<string> Permissions);

public sealed record PermissionDto(string Name, string Group, string DisplayName);

public sealed record DeviceKeyDto(Guid Id, string Name, string Prefix, Guid? HallId, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

public sealed record CreateDeviceKeyInput(
    [property: Required, StringLength(IdentityConsts.MaxDeviceNameLength)] string Name, Guid? HallId);

/// <summary>The key itself appears only in this response; the server keeps its hash.</summary>
public sealed record CreatedDeviceKeyDto(DeviceKeyDto Key, string Secret);

public sealed record DeviceWhoAmIDto(Guid DeviceKeyId, string Name, Guid? HallId);
