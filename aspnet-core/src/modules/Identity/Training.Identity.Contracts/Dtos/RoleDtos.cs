using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Validation;

namespace Training.Identity;

public sealed record RoleDto(Guid Id, string Name, string DisplayName, ScopeKind ScopeKind, bool IsStatic, IReadOnlyList<string> Permissions);

public sealed record UpdateRolePermissionsInput(
    [property: Required, MaxLength(IdentityConsts.MaxPermissionsPerRole), ItemMaxLength(IdentityConsts.MaxPermissionNameLength)]
    IReadOnlyList<string> Permissions);

public sealed record PermissionDto(string Name, string Group, string DisplayName);
