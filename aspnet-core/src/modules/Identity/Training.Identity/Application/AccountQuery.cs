using Microsoft.EntityFrameworkCore;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;

namespace Training.Identity.Application;

/// <summary>Reads an account with its roles, grants and widest scope kind: three small queries, no tracking.</summary>
internal static class AccountQuery
{
    public static async Task<CurrentAccount> LoadAsync(IdentityModuleDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.UserName, u.DisplayName, u.StaffId, u.IsActive, u.MustChangePassword })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null || !user.IsActive) return CurrentAccount.Anonymous;

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select new { r.Id, r.Name, r.ScopeKind }).ToListAsync(cancellationToken);
        var roleIds = roles.Select(r => r.Id).ToList();
        var granted = await db.PermissionGrants.Where(g => roleIds.Contains(g.RoleId))
            .Select(g => g.Permission).Distinct().ToListAsync(cancellationToken);
        var scope = roles.Count == 0 ? ScopeKind.None : roles.Max(r => r.ScopeKind);
        return new CurrentAccount(userId, user.UserName!, user.DisplayName, user.StaffId,
            roles.Select(r => r.Name!).Order().ToList(), granted.ToHashSet(), scope, user.MustChangePassword);
    }
}
