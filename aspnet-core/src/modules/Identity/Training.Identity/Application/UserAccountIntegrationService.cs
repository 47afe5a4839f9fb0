using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Training.Identity.Domain;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Identity.Application;

/// <summary>
/// Creates accounts for people in sets: one query for the existing names, hashes computed in parallel (PBKDF2 is the
/// cost), one save. Runs inside the caller's unit of work.
/// </summary>
internal sealed class UserAccountIntegrationService(
    IdentityModuleDbContext db, IPasswordHasher<AppUser> hasher, ILookupNormalizer normalizer, TimeProvider clock)
    : IUserAccountIntegrationService
{
    public async Task<IReadOnlyList<ProvisionedAccount>> EnsureAccountsAsync(
        IReadOnlyList<AccountRequest> requests, AccountPasswordPolicy policy, CancellationToken cancellationToken)
    {
        var normalized = requests.Select(r => normalizer.NormalizeName(r.UserName.Trim())).Distinct().ToList();
        var existing = await db.Users.Where(u => normalized.Contains(u.NormalizedUserName!))
            .ToDictionaryAsync(u => u.NormalizedUserName!, cancellationToken);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sharedHash = policy.SharedPassword is null ? null : hasher.HashPassword(new AppUser(), policy.SharedPassword);

        var created = new List<(AppUser User, AccountRequest Request, string? Password)>();
        var results = new List<ProvisionedAccount>(requests.Count);
        foreach (var request in requests)
        {
            var key = normalizer.NormalizeName(request.UserName.Trim());
            if (existing.TryGetValue(key, out var user))
            {
                // Only the person's own account is reused; an account of someone else (or of no person, like
                // "admin") with that user name is never handed to a new person.
                if (user.StaffId != request.StaffId)
                    throw new BusinessException(IdentityErrorCodes.UserNameTaken, user.UserName) { Kind = ErrorKind.Conflict };
                results.Add(new ProvisionedAccount(user.Id, user.UserName!, request.StaffId, false, null));
                continue;
            }
            user = new AppUser
            {
                Id = Guid.NewGuid(), UserName = request.UserName.Trim(), NormalizedUserName = key,
                DisplayName = request.DisplayName, StaffId = request.StaffId, MustChangePassword = policy.MustChangePassword,
                CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            existing[key] = user;
            created.Add((user, request, policy.SharedPassword is null ? PasswordGenerator.Generate() : null));
        }

        Parallel.ForEach(created, c => c.User.PasswordHash = c.Password is null ? sharedHash : hasher.HashPassword(c.User, c.Password));
        foreach (var (user, request, password) in created)
        {
            db.Users.Add(user);
            foreach (var role in request.Roles)
            {
                if (!roles.TryGetValue(role, out var roleId)) throw new BusinessException(IdentityErrorCodes.UnknownRole, role);
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleId });
            }
            results.Add(new ProvisionedAccount(user.Id, user.UserName!, request.StaffId, true, password));
        }
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    public async Task EnsureRoleAsync(Guid userId, string role, CancellationToken cancellationToken)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
                     ?? throw new BusinessException(IdentityErrorCodes.UnknownRole, role);
        if (await db.UserRoles.AnyAsync(ur => ur.UserId == userId && ur.RoleId == roleId, cancellationToken)) return;
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = userId, RoleId = roleId });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveRoleAsync(IReadOnlyCollection<Guid> userIds, string role, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0) return;
        var ids = userIds.Distinct().ToList();
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
                     ?? throw new BusinessException(IdentityErrorCodes.UnknownRole, role);
        var held = await db.UserRoles.Where(ur => ur.RoleId == roleId && ids.Contains(ur.UserId)).ToListAsync(cancellationToken);
        if (held.Count == 0) return;
        db.UserRoles.RemoveRange(held); // an Identity_AccountChanges row goes with it: every node's cache learns of it
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AccountRef>> FindByUserNamesAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken)
    {
        var normalized = userNames.Select(n => normalizer.NormalizeName(n.Trim())).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => normalized.Contains(u.NormalizedUserName!))
            .Select(u => new AccountRef(u.Id, u.UserName!, u.DisplayName, u.StaffId)).ToListAsync(cancellationToken);
    }
}
