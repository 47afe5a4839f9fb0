using System.ComponentModel.DataAnnotations;
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
