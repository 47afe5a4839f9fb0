using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Authorization;
using Training.Supervision.Application.Findings;

namespace Training.Supervision.HttpApi;

/// <summary>Findings and commendations on <c>/api/supervision/findings</c>: record, photos, list, disputes; one's own on <c>/my/findings</c>.</summary>
internal static class FindingEndpoints
{
    public static void MapFindingEndpoints(this IEndpointRouteBuilder app)
    {
        var findings = app.MapGroup("/api/supervision/findings").WithTags("SupervisionFindings");
        findings.MapGet("/", ([AsParameters] FindingListInput input, FindingQueryService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(SupervisionPermissions.Findings.Default).WithName("ListSupervisionFindings")
            .WithSummary("Findings in the caller's scope: the hall (managers, inspectors), the unit (leads), one's own (staff).");
        findings.MapGet("/{id:guid}", (Guid id, FindingQueryService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(SupervisionPermissions.Findings.Default).WithName("GetSupervisionFinding");
        findings.MapPost("/", (RecordFindingInput input, FindingRecorder s, CancellationToken ct) => s.RecordAsync(input, ct))
            .RequirePermission(SupervisionPermissions.Inspections.Record).WithName("RecordSupervisionFinding")
            .WithSummary("Records a finding (a violation opens a ledger item); a retried record (same clientKey) returns the first.");
        findings.MapPost("/{id:guid}/photos", (Guid id, [FromForm] FindingPhotoForm form, FindingPhotoService s, CancellationToken ct) =>
                s.AddAsync(id, form.File, ct))
            .RequirePermission(SupervisionPermissions.Inspections.Record).WithName("AddSupervisionFindingPhoto").DisableAntiforgery()
            .WithSummary("One JPEG or PNG photo, checked by content, re-encoded without EXIF (location gone); the same bytes again are stored once.");
        findings.MapGet("/{id:guid}/photos/{fileId:guid}", async (Guid id, Guid fileId, FindingPhotoService s, CancellationToken ct) =>
            {
                var file = await s.OpenAsync(id, fileId, ct);
                return TypedResults.File(file.Content, file.File.ContentType, file.File.FileName);
            })
            .RequirePermission(SupervisionPermissions.Findings.Default).WithName("GetSupervisionFindingPhoto")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .WithSummary("A photo of a finding in scope.");
        findings.MapPost("/{id:guid}/dispute", (Guid id, DisputeFindingInput input, FindingDisputeService s, CancellationToken ct) => s.DisputeAsync(id, input, ct))
            .RequirePermission(SupervisionPermissions.Findings.Dispute).WithName("DisputeSupervisionFinding")
            .WithSummary("The person or the lead of their unit disputes a finding, once, within the deadline (working days).");
        findings.MapPost("/{id:guid}/decision", (Guid id, DecideFindingInput input, FindingDisputeService s, CancellationToken ct) => s.DecideAsync(id, input, ct))
            .RequirePermission(SupervisionPermissions.Findings.Decide).WithName("DecideSupervisionFinding")
            .WithSummary("The hall manager upholds or withdraws a disputed finding, with a reason.");
        app.MapGet("/api/supervision/my/findings", ([AsParameters] MyFindingListInput input, FindingQueryService s, CancellationToken ct) => s.ListMineAsync(input, ct))
            .WithTags("SupervisionFindings")
            .RequirePermission(SupervisionPermissions.My.Default).WithName("ListMySupervisionFindings")
            .WithSummary("The caller's own findings and commendations.");
    }
}

/// <summary>One photo a call (a phone sends them one by one, each retried alone).</summary>
internal sealed class FindingPhotoForm
{
    [Required]
    public IFormFile? File { get; init; }
}
