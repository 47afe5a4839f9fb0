using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Organization.Application;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Http;

namespace Training.Organization.HttpApi;

internal static class PostBackupEndpoints
{
    public static void MapPostBackupEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organization").WithTags("PostBackups");

        group.MapGet("/units/{id:guid}/posts", (Guid id, DateOnly? date, PostBackupService s, CancellationToken ct) => s.GetUnitPostsAsync(id, date, ct))
            .RequirePermission(OrganizationPermissions.Backups.Default).WithName("GetUnitPosts")
            .WithSummary("A unit's windows on a date (today by default): who holds each (A) and the backups (B) not ended before it.");
        group.MapPost("/backups", (CreatePostBackupInput input, PostBackupService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(OrganizationPermissions.Backups.Manage).WithName("CreatePostBackup")
            .WithSummary("岗位AB角: names a backup (B) for the holder (A) of a window, from a date until an optional last day.");
        group.MapPost("/backups/{id:guid}/end", (Guid id, EndPostBackupInput input, PostBackupService s, CancellationToken ct) => s.EndAsync(id, input, ct))
            .RequirePermission(OrganizationPermissions.Backups.Manage).WithName("EndPostBackup")
            .WithSummary("Sets a backup's last day (inclusive; today when empty).");
    }
}
