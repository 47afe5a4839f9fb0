using Microsoft.EntityFrameworkCore;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Localization;

namespace Training.Identity.Application;

/// <summary>Roles and their permission grants, edited by an administrator.</summary>
internal sealed class RoleService(IdentityModuleDbContext db, PermissionRegistry registry)
{
    public async Task<IReadOnlyList<RoleDto>> ListAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.ScopeKind).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var grants = (await db.PermissionGrants.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(g => g.RoleId, g => g.Permission);
        return roles.Select(r => new RoleDto(r.Id, r.Name!, RoleDisplayNames.Of(r.Name!), r.ScopeKind, r.IsStatic,
            grants[r.Id].Order().ToList())).ToList();
    }

    public IReadOnlyList<PermissionDto> Permissions() =>
        registry.All.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PermissionDto(p.Name, p.Group, Languages.Pick(p.ZhHans, p.En))).ToList();

    public async Task<RoleDto> UpdatePermissionsAsync(Guid roleId, UpdateRolePermissionsInput input, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == roleId, cancellationToken)
                   ?? throw new EntityNotFoundException("Role", roleId);
        var wanted = input.Permissions.Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in wanted)
            if (!registry.IsDefined(name)) throw new BusinessException(IdentityErrorCodes.UnknownPermission, name);
        if (role.Name == RoleNames.Admin && !wanted.Contains(IdentityPermissions.Roles.ManagePermissions))
            throw new BusinessException(IdentityErrorCodes.AdminMustKeepRoleGrants);

        var current = await db.PermissionGrants.Where(g => g.RoleId == roleId).ToListAsync(cancellationToken);
        db.PermissionGrants.RemoveRange(current.Where(g => !wanted.Contains(g.Permission)));
        db.PermissionGrants.AddRange(wanted.Except(current.Select(g => g.Permission))
            .Select(p => new Domain.PermissionGrant { RoleId = roleId, Permission = p }));
        await db.SaveChangesAsync(cancellationToken);
        return (await ListAsync(cancellationToken)).First(r => r.Id == roleId);
    }
}

internal static class RoleDisplayNames
{
    public static string Of(string role) => role switch
    {
        RoleNames.Staff => Languages.Pick("窗口工作人员", "Window staff"),
        RoleNames.WindowLead => Languages.Pick("窗口负责人 / 首席事务代表", "Window lead"),
        RoleNames.HallManager => Languages.Pick("中心管理人员", "Hall manager"),
        RoleNames.HR => Languages.Pick("人事", "HR"),
        RoleNames.AttendanceClerk => Languages.Pick("考勤员", "Attendance clerk"),
        RoleNames.Inspector => Languages.Pick("督查员", "Inspector"),
        RoleNames.ContestOrganizer => Languages.Pick("大赛组织者", "Contest organiser"),
        RoleNames.Judge => Languages.Pick("评委", "Judge"),
        RoleNames.Admin => Languages.Pick("系统管理员", "Administrator"),
        _ => role,
    };
}
