using Microsoft.AspNetCore.Builder;

namespace Training.SharedKernel.Authorization;

/// <summary>Marks an endpoint with the permission it needs; the endpoint test reads this metadata.</summary>
public sealed record RequiredPermissionMetadata(string Permission);

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new RequiredPermissionMetadata(permission));
        return builder.RequireAuthorization(permission);
    }
}
