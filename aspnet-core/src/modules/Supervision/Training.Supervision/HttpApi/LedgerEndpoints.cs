using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Authorization;
using Training.Supervision.Application.Ledger;

namespace Training.Supervision.HttpApi;

/// <summary>The rectification ledger 问题台账 on <c>/api/supervision/ledger</c>: board, detail, self-check, progress, reviews.</summary>
internal static class LedgerEndpoints
{
    public static void MapLedgerEndpoints(this IEndpointRouteBuilder app)
    {
        const string view = SupervisionPermissions.Ledger.Default, report = SupervisionPermissions.Ledger.Report,
            review = SupervisionPermissions.Ledger.Review;
        var ledger = app.MapGroup("/api/supervision/ledger").WithTags("SupervisionLedger");
        ledger.MapGet("/", ([AsParameters] LedgerListInput input, LedgerQueryService s, CancellationToken ct) => s.BoardAsync(input, ct))
            .RequirePermission(view).WithName("GetSupervisionLedgerBoard")
            .WithSummary("The ledger board in the caller's scope (a lead: their units): a page of items with working days left, and the header counts.");
        ledger.MapGet("/{id:guid}", (Guid id, LedgerQueryService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(view).WithName("GetSupervisionLedgerItem")
            .WithSummary("An item with its origin, progress reports and evidence, reviews, and what the caller may do.");
        ledger.MapGet("/{id:guid}/evidence/{fileId:guid}", async (Guid id, Guid fileId, LedgerQueryService s, CancellationToken ct) =>
            {
                var file = await s.EvidenceAsync(id, fileId, ct);
                return TypedResults.File(file.Content, file.File.ContentType, file.File.FileName);
            })
            .RequirePermission(view).WithName("GetSupervisionLedgerEvidence")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("An evidence file of an item in scope, with its name (RFC 6266).");
        ledger.MapPost("/", (CreateSelfCheckInput input, LedgerWorkflowService s, CancellationToken ct) => s.CreateSelfCheckAsync(input, ct))
            .RequirePermission(report).WithName("CreateSupervisionSelfCheck")
            .WithSummary("对照自查: a unit's own ledger item (a lead for their unit, a manager for any unit of the hall).");
        ledger.MapPost("/{id:guid}/progress", (Guid id, [FromForm] LedgerProgressForm form, LedgerWorkflowService s, CancellationToken ct) =>
                s.ReportProgressAsync(id, form.Note, form.Final, form.Version, form.Files?.ToList() ?? [], ct))
            .RequirePermission(report).WithName("ReportSupervisionLedgerProgress").DisableAntiforgery()
            .WithSummary("The responsible unit reports progress (final: rectified) with up to 6 evidence files (photos without EXIF, PDF, Office).");
        ledger.MapPost("/{id:guid}/accept", (Guid id, AcceptLedgerInput input, LedgerReviewService s, CancellationToken ct) => s.AcceptAsync(id, input, ct))
            .RequirePermission(review).WithName("AcceptSupervisionLedgerItem")
            .WithSummary("验收: accepts a rectified item; its 回头看 falls due after the hall's re-check days.");
        ledger.MapPost("/{id:guid}/send-back", (Guid id, SendBackLedgerInput input, LedgerReviewService s, CancellationToken ct) => s.SendBackAsync(id, input, ct))
            .RequirePermission(review).WithName("SendBackSupervisionLedgerItem")
            .WithSummary("退回: marked 虚假整改 or 敷衍整改 with a reason and a new deadline; the unit's lead is told.");
        ledger.MapPost("/{id:guid}/recheck", (Guid id, RecheckLedgerInput input, LedgerReviewService s, CancellationToken ct) => s.RecheckAsync(id, input, ct))
            .RequirePermission(review).WithName("RecheckSupervisionLedgerItem")
            .WithSummary("回头看 once due: confirms, or reopens with a reason and a new deadline (the unit's lead is told).");
    }
}

/// <summary>A progress report: the note, whether the rectification is done, the item's version and the evidence files.</summary>
internal sealed class LedgerProgressForm
{
    [Required, StringLength(SupervisionConsts.MaxNoteLength)]
    public string Note { get; init; } = "";

    public bool Final { get; init; }

    [Range(0, int.MaxValue)]
    public int Version { get; init; }

    [MaxLength(SupervisionConsts.MaxEvidenceFiles)]
    public IFormFileCollection? Files { get; init; }
}
