using Hangfire.Dashboard;
using Training.SharedKernel.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Training.HttpApi.Host.Jobs;

/// <summary>
/// Hangfire's default dashboard filter admits local requests only; ours admits a signed-in user (cookie) whose roles
/// grant the dashboard permission, from any address.
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

internal static class DashboardEndpointExtensions
{
    /// <summary>The dashboard checks the permission itself (its filter); this records it for the endpoint audit test.</summary>
    public static IEndpointConventionBuilder RequirePermissionMetadataOnly(this IEndpointConventionBuilder builder, string permission) =>
        builder.WithMetadata(new RequiredPermissionMetadata(permission));
}
