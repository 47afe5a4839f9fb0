using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Training.SharedKernel.Authorization;

/// <summary>
/// The fallback authorization policy: an endpoint that says nothing about authorization — no permission
/// (<see cref="PermissionEndpointExtensions.RequirePermission{TBuilder}"/>), no <c>RequireAuthorization</c>, no
/// <c>AllowAnonymous</c> — is refused (401 without a sign-in, 403 with one), never open to anyone. Endpoints meant for
/// everyone say <c>AllowAnonymous</c> where they are mapped.
/// </summary>
/// <remarks>
/// ASP.NET Core applies the fallback policy also to requests that matched no endpoint; those, and routing's own
/// "405 method not allowed" answer (an endpoint without a route), go on to their 404 or 405.
/// </remarks>
public static class PermissionFallbackPolicy
{
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder()
        .AddRequirements(new EndpointNamesAuthorizationRequirement())
        .Build();
}

/// <summary>Met only when the request matched no mapped endpoint (see <see cref="PermissionFallbackPolicy"/>).</summary>
public sealed class EndpointNamesAuthorizationRequirement : IAuthorizationRequirement;

public sealed class EndpointNamesAuthorizationHandler : AuthorizationHandler<EndpointNamesAuthorizationRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EndpointNamesAuthorizationRequirement requirement)
    {
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint e => e,
            _ => null,
        };
        if (endpoint is not RouteEndpoint) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
