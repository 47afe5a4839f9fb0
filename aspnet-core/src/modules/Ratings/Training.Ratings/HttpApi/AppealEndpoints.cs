using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Training.Ratings.Application.Appeals;
using Training.SharedKernel.Authorization;

namespace Training.Ratings.HttpApi;

/// <summary>Appeals 申诉 on <c>/api/ratings/appeals</c>: request with evidence, list, detail, evidence download, decide.</summary>
internal static class AppealEndpoints
{
    public static void MapAppealEndpoints(this IEndpointRouteBuilder app)
    {
        var appeals = app.MapGroup("/api/ratings/appeals").WithTags("RatingAppeals");
        appeals.MapGet("/", ([AsParameters] AppealListInput input, AppealService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(RatingsPermissions.Appeals.Default).WithName("ListRatingAppeals")
            .WithSummary("Appeals in the caller's scope: own (staff), the units led (leads), the hall (managers).");
        appeals.MapGet("/{id:guid}", (Guid id, AppealService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(RatingsPermissions.Appeals.Default).WithName("GetRatingAppeal");
        appeals.MapGet("/{id:guid}/evidence/{fileId:guid}", async (Guid id, Guid fileId, AppealService s, CancellationToken ct) =>
            {
                var file = await s.EvidenceAsync(id, fileId, ct);
                return TypedResults.File(file.Content, file.File.ContentType, file.File.FileName);
            })
            .RequirePermission(RatingsPermissions.Appeals.Default).WithName("GetRatingAppealEvidence")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("An evidence file of an appeal in scope, with its name (RFC 6266).");
        appeals.MapPost("/", ([FromForm] AppealRequestForm form, AppealService s, CancellationToken ct) =>
                s.RequestAsync(form.RatingId, form.Reason, form.Statement, form.Files?.ToList() ?? [], ct))
            .RequirePermission(RatingsPermissions.Appeals.Request).WithName("RequestRatingAppeal").DisableAntiforgery()
            .WithSummary("Asks to exclude a bad rating as mistaken or malicious, with up to 5 evidence files (PDF, PNG, JPEG).");
        appeals.MapPost("/{id:guid}/decide", (Guid id, DecideAppealInput input, AppealService s, CancellationToken ct) => s.DecideAsync(id, input, ct))
            .RequirePermission(RatingsPermissions.Appeals.Decide).WithName("DecideRatingAppeal")
            .WithSummary("A hall manager approves (the rating is excluded, its open case closes) or rejects, with a reason.");
    }
}

/// <summary>The appeal form: the rating, the reason, the statement and the evidence files (at most 5).</summary>
internal sealed class AppealRequestForm
{
    public Guid RatingId { get; init; }

    public AppealReason Reason { get; init; }

    [StringLength(RatingsConsts.MaxNoteLength)]
    public string? Statement { get; init; }

    [MaxLength(RatingsConsts.MaxEvidenceFiles)]
    public IFormFileCollection? Files { get; init; }
}
