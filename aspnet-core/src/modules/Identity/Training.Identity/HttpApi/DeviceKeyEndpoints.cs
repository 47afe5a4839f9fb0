using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Identity.Application;
using Training.SharedKernel.Authorization;

namespace Training.Identity.HttpApi;

internal static class DeviceKeyEndpoints
{
    public static void MapDeviceKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/device-keys").WithTags("DeviceKeys");

        group.MapGet("/", (DeviceKeyService keys, CancellationToken ct) => keys.ListAsync(ct))
            .RequirePermission(IdentityPermissions.DeviceKeys.Default).WithName("ListDeviceKeys");
        group.MapPost("/", (CreateDeviceKeyInput input, DeviceKeyService keys, CancellationToken ct) => keys.CreateAsync(input, ct))
            .RequirePermission(IdentityPermissions.DeviceKeys.Manage).WithName("CreateDeviceKey")
            .WithSummary("Issues a device key; the secret is in this response only.");
        group.MapDelete("/{id:guid}", async (Guid id, DeviceKeyService keys, CancellationToken ct) =>
            {
                await keys.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(IdentityPermissions.DeviceKeys.Manage).WithName("RevokeDeviceKey");

        app.MapGet("/api/device/whoami", (HttpContext context) =>
            {
                var user = context.User;
                var hall = user.FindFirst(DeviceKeyAuthenticationHandler.DeviceClaim)?.Value;
                return new DeviceWhoAmIDto(Guid.Parse(user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value),
                    user.Identity!.Name!, Guid.TryParse(hall, out var h) ? h : null);
            })
            .WithTags("Devices").RequirePermission(IdentityPermissions.Devices.Report).WithName("DeviceWhoAmI")
            .WithSummary("Lets a device check its key (header X-Device-Key).");
    }
}
