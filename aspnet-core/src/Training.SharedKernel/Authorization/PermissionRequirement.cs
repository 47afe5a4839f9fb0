using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Training.SharedKernel.Authorization;

/// <summary>The caller's roles must grant <see cref="Permission"/>. Policies are named after the permission.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

public sealed class PermissionAuthorizationHandler(ICurrentUser currentUser)
    : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (!currentUser.IsAuthenticated) return;
        var account = await currentUser.GetAccountAsync();
        if (account.IsGranted(requirement.Permission)) context.Succeed(requirement);
    }
}

/// <summary>Builds a policy for any defined permission name on demand, so endpoints just name the permission.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionRegistry registry)
    : DefaultAuthorizationPolicyProvider(options)
{
    // Policies are immutable and depend only on the permission name (code, not data), so caching agrees across nodes.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AuthorizationPolicy> _policies = new();

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (_policies.TryGetValue(policyName, out var cached)) return cached;
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null || !registry.IsDefined(policyName)) return policy;
        return _policies.GetOrAdd(policyName, name => new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(name))
            .Build());
    }
}
