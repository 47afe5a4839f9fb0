using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Scoping;

namespace Training.Identity.Application;

/// <summary>
/// The caller, from the sign-in cookie (or a device key). The account — roles, grants, scope kind — comes from the
/// node's <see cref="AccountCache"/>: a changed grant or a disabled account takes effect on the next request on this
/// node, and within <c>Identity:AccountCacheSeconds</c> on the others.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor httpContextAccessor, IServiceProvider services, AccountCache accounts) : ICurrentUser
{
    private CurrentAccount? _account;

    private ClaimsPrincipal? Principal => httpContextAccessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Principal?.Identity?.Name;

    public async Task<CurrentAccount> GetAccountAsync(CancellationToken cancellationToken = default) =>
        _account ??= await LoadAsync(cancellationToken);

    private async Task<CurrentAccount> LoadAsync(CancellationToken cancellationToken)
    {
        if (!IsAuthenticated || UserId is not { } userId) return CurrentAccount.Anonymous;
        if (Principal!.HasClaim(c => c.Type == DeviceKeyAuthenticationHandler.DeviceClaim))
            return new CurrentAccount(userId, UserName ?? "", UserName ?? "", null, [],
                services.GetRequiredService<PermissionRegistry>().ForDevices, ScopeKind.None, false);

        return await accounts.GetAsync(services.GetRequiredService<IdentityModuleDbContext>, userId, cancellationToken);
    }
}
