using Hangfire.Dashboard;
using Training.SharedKernel.Authorization;

namespace Training.HttpApi.Host.Jobs;

/// <summary>
/// Hangfire's default dashboard filter admits local requests only; ours admits a signed-in user (cookie) whose roles
/// grant the dashboard permission, from any address, once a forced password change is done. The endpoint also
/// requires the permission (<c>RequirePermission</c>), as every endpoint does.
/// </summary>
internal sealed class PermissionDashboardFilter(string permission) : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var currentUser = context.GetHttpContext().RequestServices.GetRequiredService<ICurrentUser>();
        if (!currentUser.IsAuthenticated) return false;
        var account = await currentUser.GetAccountAsync();
        return account.IsGranted(permission) && !account.MustChangePassword;
    }
}
