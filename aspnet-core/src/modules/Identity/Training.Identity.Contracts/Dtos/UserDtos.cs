using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Validation;

namespace Training.Identity;

public sealed record UserListInput : PagedRequest
{
    /// <summary>Part of the user name or display name.</summary>
    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }

    [StringLength(IdentityConsts.MaxRoleNameLength)]
    public string? Role { get; init; }
}

/// <param name="IsLockedOut">Sign-in with this user name is blocked now from at least one address after too many failures
/// (other addresses still sign in); resetting the password clears it.</param>
public sealed record UserDto(
    Guid Id, string UserName, string DisplayName, Guid? StaffId, bool IsActive, bool MustChangePassword,
    bool IsLockedOut, IReadOnlyList<string> Roles, DateTime CreatedAt);

public sealed record CreateUserInput(
    [property: Required, StringLength(IdentityConsts.MaxUserNameLength)] string UserName,
    [property: Required, StringLength(IdentityConsts.MaxDisplayNameLength)] string DisplayName,
    [property: Required, MaxLength(IdentityConsts.MaxRolesPerUser), ItemMaxLength(IdentityConsts.MaxRoleNameLength)] IReadOnlyList<string> Roles);

public sealed record UpdateUserInput(
    [property: Required, StringLength(IdentityConsts.MaxDisplayNameLength)] string DisplayName,
    [property: Required, MaxLength(IdentityConsts.MaxRolesPerUser), ItemMaxLength(IdentityConsts.MaxRoleNameLength)] IReadOnlyList<string> Roles,
    bool IsActive);

/// <summary>A password made by the server, shown once to the administrator who must hand it over.</summary>
public sealed record OneTimePasswordDto(Guid UserId, string UserName, string Password);
