using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Bulletins.Application;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Bulletins.HttpApi;

internal static class BulletinsEndpoints
{
    public static void MapBulletinsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bulletins").WithTags("Bulletins");
        group.MapGet("/kinds", (BulletinSchedules s, CancellationToken ct) => s.ListAsync(ct))
            .RequirePermission(BulletinsPermissions.Bulletins.Default).WithName("ListBulletinKinds")
            .WithSummary("The kinds of bulletin the modules registered, with their schedules.");
        group.MapPut("/kinds/{code:maxlength(64)}/schedule", (string code, UpdateBulletinScheduleInput input, BulletinSchedules s, CancellationToken ct) =>
                s.UpdateAsync(code, input, ct))
            .RequirePermission(BulletinsPermissions.Bulletins.Manage).WithName("UpdateBulletinSchedule")
            .WithSummary("Sets when a kind without a close is drafted (cron, Asia/Shanghai).");
        group.MapGet("", ([AsParameters] BulletinListInput input, BulletinService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(BulletinsPermissions.Bulletins.Default).WithName("ListBulletins")
            .WithSummary("Bulletins the caller reaches: managers every state of their halls, others the published ones.");
        group.MapGet("/{id:guid}", (Guid id, BulletinService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(BulletinsPermissions.Bulletins.Default).WithName("GetBulletin");
        group.MapGet("/{id:guid}/pdf", async (Guid id, bool? download, BulletinService s, CancellationToken ct) =>
            {
                var pdf = await s.GetPdfAsync(id, ct);
                // Ranges: the preview shows a long bulletin's first pages before the rest has arrived.
                return download == true
                    ? TypedResults.File(pdf.Content, pdf.File.ContentType, pdf.File.FileName, enableRangeProcessing: true)
                    : TypedResults.File(pdf.Content, pdf.File.ContentType, enableRangeProcessing: true);
            })
            .RequirePermission(BulletinsPermissions.Bulletins.Default).WithName("GetBulletinPdf")
            .Produces(StatusCodes.Status200OK, contentType: FileInspector.ContentType(FileKind.Pdf))
            .WithSummary("The bulletin's PDF: inline for the preview, or as a download.");
        group.MapPost("/generate", async (GenerateBulletinInput input, BulletinService s, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await s.GenerateAsync(input, ct)))
            .RequirePermission(BulletinsPermissions.Bulletins.Manage).WithName("GenerateBulletin")
            .WithSummary("Queues a draft for a kind, hall (or city) and period; its progress shows on the bulletin.");
        group.MapPost("/{id:guid}/publish", (Guid id, BulletinService s, CancellationToken ct) => s.PublishAsync(id, ct))
            .RequirePermission(BulletinsPermissions.Bulletins.Publish).WithName("PublishBulletin")
            .WithSummary("Publishes a draft under the series' next number (〔year〕第N期).");
        group.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawBulletinInput input, BulletinService s, CancellationToken ct) => s.WithdrawAsync(id, input, ct))
            .RequirePermission(BulletinsPermissions.Bulletins.Publish).WithName("WithdrawBulletin");
        group.MapDelete("/{id:guid}", async (Guid id, BulletinService s, CancellationToken ct) =>
            {
                await s.DeleteDraftAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(BulletinsPermissions.Bulletins.Manage).WithName("DeleteBulletinDraft");

        // The public verification page's API for documents: anonymous, rate-limited, nothing personal.
        app.MapGet("/api/public/documents/{code:maxlength(32)}", (string code, DocumentVerificationService s, CancellationToken ct) => s.VerifyAsync(code, ct))
            .WithTags("Verification").AllowAnonymous().RequireRateLimiting(BulletinsModule.VerifyRateLimit).WithName("VerifyDocument");
    }
}
