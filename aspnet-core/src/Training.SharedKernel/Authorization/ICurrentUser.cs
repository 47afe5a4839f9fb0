using Training.SharedKernel.Scoping;

namespace Training.SharedKernel.Authorization;

/// <summary>The caller. Cheap properties come from the sign-in claims; the account is loaded once per request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>Roles, permissions and the role-level scope, read from the database once per request.</summary>
    Task<CurrentAccount> GetAccountAsync(CancellationToken cancellationToken = default);
}

/// <summary>What the caller may do. <see cref="ScopeKind"/> is the widest scope of the caller's roles.</summary>
public sealed record CurrentAccount(
    Guid UserId,
    string UserName,
    string DisplayName,
    Guid? StaffId,
    IReadOnlyList<string> Roles,
    IReadOnlySet<string> Permissions,
    ScopeKind ScopeKind,
    bool MustChangePassword)
{
    public static readonly CurrentAccount Anonymous =
        new(Guid.Empty, "", "", null, [], new HashSet<string>(), ScopeKind.None, false);

    public bool IsGranted(string permission) => Permissions.Contains(permission);
}
