using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Identity.Application;
using Training.SharedKernel.Authorization;

namespace Training.Identity.HttpApi;

internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/users").WithTags("Users");

        group.MapGet("/", ([AsParameters] UserListInput input, UserService users, CancellationToken ct) => users.ListAsync(input, ct))
            .RequirePermission(IdentityPermissions.Users.Default).WithName("ListUsers");
        group.MapGet("/{id:guid}", (Guid id, UserService users, CancellationToken ct) => users.GetAsync(id, ct))
            .RequirePermission(IdentityPermissions.Users.Default).WithName("GetUser");
        group.MapPost("/", (CreateUserInput input, UserService users, CancellationToken ct) => users.CreateAsync(input, ct))
            .RequirePermission(IdentityPermissions.Users.Manage).WithName("CreateUser")
            .WithSummary("Creates a user with a one-time password, returned once.");
        group.MapPut("/{id:guid}", (Guid id, UpdateUserInput input, UserService users, CancellationToken ct) => users.UpdateAsync(id, input, ct))
            .RequirePermission(IdentityPermissions.Users.Manage).WithName("UpdateUser");
        group.MapPost("/{id:guid}/reset-password", (Guid id, UserService users, CancellationToken ct) => users.ResetPasswordAsync(id, ct))
            .RequirePermission(IdentityPermissions.Users.ResetPassword).WithName("ResetUserPassword")
            .WithSummary("Sets a new one-time password (returned once) and clears the failed sign-ins of the user name from every address.");
    }
}
