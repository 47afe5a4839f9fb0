namespace Training.Identity;

/// <summary>
/// Lets other modules give people sign-in accounts. Runs in the caller's unit of work, so the caller's rows and the
/// accounts are committed together. Idempotent: an existing user name is linked, not recreated or re-passworded.
/// </summary>
public interface IUserAccountIntegrationService
{
    Task<IReadOnlyList<ProvisionedAccount>> EnsureAccountsAsync(
        IReadOnlyList<AccountRequest> requests, AccountPasswordPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Adds a role to a user if missing (e.g. WindowLead when someone is made lead of a unit).</summary>
    Task EnsureRoleAsync(Guid userId, string role, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a role away from those of the users who have it (e.g. WindowLead when someone leads no unit any more). The
    /// change counts on this node at the next request and on the others within the account cache's interval.
    /// </summary>
    Task RemoveRoleAsync(IReadOnlyCollection<Guid> userIds, string role, CancellationToken cancellationToken = default);

    /// <summary>The accounts with these user names (compared as sign-in compares them); names without an account are left out.</summary>
    Task<IReadOnlyList<AccountRef>> FindByUserNamesAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken = default);
}

/// <summary>An existing account: its user, sign-in name, display name and person (none for accounts of no person).</summary>
public sealed record AccountRef(Guid UserId, string UserName, string DisplayName, Guid? StaffId);

public sealed record AccountRequest(string UserName, string DisplayName, Guid StaffId, IReadOnlyList<string> Roles);

/// <summary>
/// How new accounts get their first password: a fresh one-time password each (change forced at first sign-in), or
/// one shared password for demo data only.
/// </summary>
public sealed record AccountPasswordPolicy(bool MustChangePassword, string? SharedPassword = null)
{
    public static readonly AccountPasswordPolicy OneTime = new(true);
}

/// <summary><see cref="InitialPassword"/> is set only for accounts created now, and only when it is one-time.</summary>
public sealed record ProvisionedAccount(Guid UserId, string UserName, Guid StaffId, bool Created, string? InitialPassword);
