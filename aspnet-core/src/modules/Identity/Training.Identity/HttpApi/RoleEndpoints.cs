using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Identity.Application;
using Training.SharedKernel.Authorization;

namespace Training.Identity.HttpApi;

internal static class RoleEndpoints
{
    public static void MapRoleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity").WithTags("Roles");

        group.MapGet("/roles", (RoleService roles, CancellationToken ct) => roles.ListAsync(ct))
            .RequirePermission(IdentityPermissions.Roles.Default).WithName("ListRoles");
        group.MapGet("/permissions", (RoleService roles) => roles.Permissions())
            .RequirePermission(IdentityPermissions.Roles.Default).WithName("ListPermissions");
        group.MapPut("/roles/{id:guid}/permissions",
                (Guid id, UpdateRolePermissionsInput input, RoleService roles, CancellationToken ct) => roles.UpdatePermissionsAsync(id, input, ct))
            .RequirePermission(IdentityPermissions.Roles.ManagePermissions).WithName("UpdateRolePermissions");
    }
}
