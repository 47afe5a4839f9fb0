using Microsoft.EntityFrameworkCore;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;

namespace Training.Identity.Application;

/// <summary>
/// Reads an account with its roles, grants and widest scope kind in one query (it runs on every request), without
/// tracking: one row per grant, or one row with nulls for a user without roles.
/// </summary>
internal static class AccountQuery
{
    public static async Task<CurrentAccount> LoadAsync(IdentityModuleDbContext db, Guid userId, CancellationToken cancellationToken) =>
        (await LoadWithStampAsync(db, userId, cancellationToken)).Account;

    /// <summary>The account and the user's security stamp (null for an unknown or disabled user).</summary>
    public static async Task<(CurrentAccount Account, string? SecurityStamp)> LoadWithStampAsync(
        IdentityModuleDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var rows = await (from u in db.Users
                          where u.Id == userId
                          join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
                          from ur in userRoles.DefaultIfEmpty()
                          join r in db.Roles on ur.RoleId equals r.Id into userRoleRows
                          from r in userRoleRows.DefaultIfEmpty()
                          join g in db.PermissionGrants on r.Id equals g.RoleId into grants
                          from g in grants.DefaultIfEmpty()
                          select new
                          {
                              u.UserName, u.DisplayName, u.StaffId, u.IsActive, u.MustChangePassword, u.SecurityStamp,
                              Role = (string?)r.Name, ScopeKind = (ScopeKind?)r.ScopeKind, Permission = (string?)g.Permission,
                          }).AsNoTracking().ToListAsync(cancellationToken);
        var user = rows.FirstOrDefault();
        if (user is null || !user.IsActive) return (CurrentAccount.Anonymous, null);

        var roles = rows.Where(r => r.Role is not null).DistinctBy(r => r.Role).ToList();
        var scope = roles.Count == 0 ? ScopeKind.None : roles.Max(r => r.ScopeKind!.Value);
        return (new CurrentAccount(userId, user.UserName!, user.DisplayName, user.StaffId,
            roles.Select(r => r.Role!).Order().ToList(),
            rows.Where(r => r.Permission is not null).Select(r => r.Permission!).ToHashSet(), scope, user.MustChangePassword),
            user.SecurityStamp);
    }
}
