using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Training.Identity.Domain;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;

namespace Training.Identity.Application;

/// <summary>Administration of sign-in accounts.</summary>
internal sealed class UserService(
    UserManager<AppUser> users, IdentityModuleDbContext db, ICurrentUser currentUser, TimeProvider clock, SignInThrottle throttle)
{
    private static readonly SortMap<AppUser> Sort = new SortMap<AppUser>("userName asc")
        .Add("userName", u => u.UserName)
        .Add("displayName", u => u.DisplayName)
        .Add("createdAt", u => u.CreatedAt);

    public async Task<PagedResult<UserDto>> ListAsync(UserListInput input, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(u => u.UserName!.Contains(filter) || u.DisplayName.Contains(filter));
        }
        if (!string.IsNullOrWhiteSpace(input.Role))
        {
            var roleName = input.Role.Trim();
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }
        var page = await query.ToPagedResultAsync(input, Sort, u => u, cancellationToken);
        var roles = await RolesOfAsync(page.Items.Select(u => u.Id).ToList(), cancellationToken);
        var blocked = await throttle.BlockedAsync(page.Items.Select(u => u.NormalizedUserName!).ToList(), cancellationToken);
        return new PagedResult<UserDto>(page.TotalCount, page.Items.Select(u => ToDto(u, roles, blocked)).ToList());
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
                   ?? throw new EntityNotFoundException("User", id);
        return ToDto(user, await RolesOfAsync([id], cancellationToken), await throttle.BlockedAsync([user.NormalizedUserName!], cancellationToken));
    }

    public async Task<OneTimePasswordDto> CreateAsync(CreateUserInput input, CancellationToken cancellationToken)
    {
        var roles = await ResolveRolesAsync(input.Roles, cancellationToken);
        var password = PasswordGenerator.Generate();
        var user = new AppUser
        {
            Id = Guid.NewGuid(), UserName = input.UserName.Trim(), DisplayName = input.DisplayName.Trim(),
            MustChangePassword = true, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
                throw new BusinessException(IdentityErrorCodes.UserNameTaken, user.UserName) { Kind = ErrorKind.Conflict };
            throw AccountService.PasswordRejected(result);
        }
        await users.AddToRolesAsync(user, roles);
        return new OneTimePasswordDto(user.Id, user.UserName, password);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserInput input, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException("User", id);
        if (!input.IsActive && id == currentUser.UserId) throw new BusinessException(IdentityErrorCodes.CannotLockOutYourself);
        var wanted = await ResolveRolesAsync(input.Roles, cancellationToken);
        var current = await users.GetRolesAsync(user);
        user.DisplayName = input.DisplayName.Trim();
        user.IsActive = input.IsActive;
        await users.UpdateAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        return await GetAsync(id, cancellationToken);
    }

    public async Task<OneTimePasswordDto> ResetPasswordAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException("User", id);
        var password = PasswordGenerator.Generate();
        await users.RemovePasswordAsync(user);
        var result = await users.AddPasswordAsync(user, password);
        if (!result.Succeeded) throw AccountService.PasswordRejected(result);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await throttle.ForgetAsync(user.NormalizedUserName!, cancellationToken); // unblocks the name from every client
        return new OneTimePasswordDto(user.Id, user.UserName!, password);
    }

    private async Task<List<string>> ResolveRolesAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var known = await db.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        foreach (var name in names)
            if (!known.Contains(name)) throw new BusinessException(IdentityErrorCodes.UnknownRole, name);
        return names.Distinct().ToList();
    }

    private async Task<ILookup<Guid, string>> RolesOfAsync(List<Guid> userIds, CancellationToken cancellationToken) =>
        (await (from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where userIds.Contains(ur.UserId)
                select new { ur.UserId, r.Name }).ToListAsync(cancellationToken))
        .ToLookup(x => x.UserId, x => x.Name!);

    /// <summary><c>IsLockedOut</c>: sign-in with this name is blocked now from at least one client (SignInThrottle).</summary>
    private static UserDto ToDto(AppUser u, ILookup<Guid, string> roles, HashSet<string> blocked) =>
        new(u.Id, u.UserName!, u.DisplayName, u.StaffId, u.IsActive, u.MustChangePassword,
            blocked.Contains(u.NormalizedUserName!), roles[u.Id].Order().ToList(), u.CreatedAt);
}
