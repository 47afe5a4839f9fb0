using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Platform.Application;
using Training.SharedKernel.Authorization;

namespace Training.Platform.HttpApi;

internal static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/platform/settings").WithTags("Settings");
        settings.MapGet("/", (SettingService s, CancellationToken ct) => s.ListAsync(ct))
            .RequirePermission(PlatformPermissions.Settings.Default).WithName("ListSettings");
        settings.MapPut("/{name:maxlength(128)}", (string name, UpdateSettingInput input, SettingService s, CancellationToken ct) => s.UpdateAsync(name, input, ct))
            .RequirePermission(PlatformPermissions.Settings.Manage).WithName("UpdateSetting")
            .WithSummary("Sets the city's (or a hall's) value; a null value restores the default.");

        var inbox = app.MapGroup("/api/platform/notifications").WithTags("Notifications");
        inbox.MapGet("/", ([AsParameters] NotificationListInput input, NotificationService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(PlatformPermissions.Notifications.Default).WithName("ListMyNotifications");
        inbox.MapGet("/unread-count", (NotificationService s, CancellationToken ct) => s.UnreadCountAsync(ct))
            .RequirePermission(PlatformPermissions.Notifications.Default).WithName("GetMyUnreadCount");
        inbox.MapPost("/{id:guid}/read", async (Guid id, NotificationService s, CancellationToken ct) =>
            {
                await s.MarkReadAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(PlatformPermissions.Notifications.Default).WithName("MarkNotificationRead");
        inbox.MapPost("/read-all", async (NotificationService s, CancellationToken ct) =>
            {
                await s.MarkAllReadAsync(ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(PlatformPermissions.Notifications.Default).WithName("MarkAllNotificationsRead");

        app.MapGet("/api/platform/audit-logs", ([AsParameters] AuditLogListInput input, AuditLogService s, CancellationToken ct) => s.ListAsync(input, ct))
            .WithTags("AuditLogs").RequirePermission(PlatformPermissions.AuditLogs.Default).WithName("ListAuditLogs");

        app.MapHomeEndpoints();
    }
}
