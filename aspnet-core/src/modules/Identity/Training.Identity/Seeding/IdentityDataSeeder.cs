using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Training.Identity.Application;
using Training.Identity.Domain;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Scoping;

namespace Training.Identity.Seeding;

/// <summary>
/// The built-in roles with their scopes, each permission's default grants (once per permission, so an administrator's
/// later changes stay), and the first administrator.
/// </summary>
internal sealed class IdentityDataSeeder(
    IdentityModuleDbContext db, PermissionRegistry registry, UserManager<AppUser> users, TimeProvider clock,
    ILogger<IdentityDataSeeder> logger) : IDataSeeder
{
    public const string AdminUserName = "admin";
    public const string HrUserName = "hr";

    private static readonly Dictionary<string, ScopeKind> BuiltInRoles = new()
    {
        [RoleNames.Staff] = ScopeKind.Own,
        [RoleNames.WindowLead] = ScopeKind.Units,
        [RoleNames.HallManager] = ScopeKind.Halls,
        [RoleNames.HR] = ScopeKind.All,
        // A clerk keeps the halls an administrator names for them, in the same list as the halls a manager runs.
        [RoleNames.AttendanceClerk] = ScopeKind.Halls,
        // So does an inspector (督查员): the halls they inspect.
        [RoleNames.Inspector] = ScopeKind.Halls,
        // A contest organiser (大赛组织者) runs contests in the halls named for them; a judge (评委) sees only what they are assigned.
        [RoleNames.ContestOrganizer] = ScopeKind.Halls,
        [RoleNames.Judge] = ScopeKind.Own,
        [RoleNames.Admin] = ScopeKind.All,
    };

    public int Order => 0;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        var roles = await EnsureRolesAsync(cancellationToken);
        await GrantNewPermissionsAsync(roles, cancellationToken);
        await EnsureUserAsync(AdminUserName, "系统管理员", RoleNames.Admin, options, cancellationToken);
        if (options.Demo) await EnsureUserAsync(HrUserName, "人事处 王敏", RoleNames.HR, options, cancellationToken);
    }

    private async Task<Dictionary<string, Guid>> EnsureRolesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.ToDictionaryAsync(r => r.Name!, cancellationToken);
        foreach (var (name, scope) in BuiltInRoles.Where(r => !existing.ContainsKey(r.Key)))
        {
            var role = new AppRole
            {
                Id = Guid.NewGuid(), Name = name, NormalizedName = name.ToUpperInvariant(), ScopeKind = scope, IsStatic = true,
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Roles.Add(role);
            existing[name] = role;
        }
        await db.SaveChangesAsync(cancellationToken);
        return existing.ToDictionary(r => r.Key, r => r.Value.Id);
    }

    private async Task GrantNewPermissionsAsync(Dictionary<string, Guid> roles, CancellationToken cancellationToken)
    {
        var seen = (await db.SeededPermissions.Select(s => s.Name).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var permission in registry.All.Where(p => !seen.Contains(p.Name)))
        {
            foreach (var role in permission.DefaultRoles.Distinct())
                db.PermissionGrants.Add(new PermissionGrant { RoleId = roles[role], Permission = permission.Name });
            db.SeededPermissions.Add(new SeededPermission { Name = permission.Name });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureUserAsync(string userName, string displayName, string role, SeedOptions options, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userName) is not null) return;
        var demo = options.Demo && options.AdminPassword is null;
        var password = options.AdminPassword
                       ?? (!options.Demo ? PasswordGenerator.Generate(PasswordPolicyValidator.AdministratorMinLength)
                           : role == RoleNames.Admin ? options.DemoAdminPassword : options.DemoPassword);
        // The role comes after the user, so the policy for administrators is asked here, before anything is written.
        var policy = PasswordPolicyValidator.Validate(password, role == RoleNames.Admin, users.ErrorDescriber);
        if (!policy.Succeeded) throw AccountService.PasswordRejected(policy);
        var user = new AppUser
        {
            Id = Guid.NewGuid(), UserName = userName, DisplayName = displayName,
            MustChangePassword = !demo, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw AccountService.PasswordRejected(result);
        await users.AddToRoleAsync(user, role);
        if (!options.Demo && options.AdminPassword is null)
        {
            // Passwords never go to the log: the one-time password goes to a file only the service account can read.
            var file = Path.GetFullPath(Path.Combine("App_Data", $"initial-{userName}-password.txt"));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, password + Environment.NewLine, cancellationToken);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            logger.LogWarning("Created user '{UserName}' with a one-time password, written to {File}; change it at first sign-in and delete the file.",
                userName, file);
        }
    }
}
