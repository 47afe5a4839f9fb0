using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Contests.Application.Awards;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Contests.HttpApi;

/// <summary>Awards (organisers): computed from the ranking, changed with a reason, published; award certificates of the caller.</summary>
internal static class AwardEndpoints
{
    public static void MapAwardEndpoints(this IEndpointRouteBuilder app)
    {
        var awards = app.MapGroup("/api/contests").WithTags("ContestAwards");
        const string manage = ContestsPermissions.Contests.Manage, view = ContestsPermissions.Contests.Default;
        awards.MapGet("/{id:guid}/awards", (Guid id, AwardService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(manage).WithName("GetContestAwards");
        awards.MapPost("/{id:guid}/awards/compute", (Guid id, AwardService s, CancellationToken ct) => s.ComputeAsync(id, ct))
            .RequirePermission(manage).WithName("ComputeContestAwards").WithSummary("Assigns the tiers from the final ranking (all rounds closed).");
        awards.MapPut("/{id:guid}/awards/{entryId:guid}", (Guid id, Guid entryId, SetAwardInput input, AwardService s, CancellationToken ct) => s.SetAsync(id, entryId, input, ct))
            .RequirePermission(manage).WithName("SetContestAward").WithSummary("Changes an entry's tier before publishing, with a reason (kept).");
        awards.MapPost("/{id:guid}/publish", (Guid id, AwardService s, CancellationToken ct) => s.PublishAsync(id, ct))
            .RequirePermission(manage).WithName("PublishContest")
            .WithSummary("Publishes the results: names on the board, awards and certificates, training hours; a retry changes nothing.");
        awards.MapGet("/my/certificates", (AwardService s, CancellationToken ct) => s.MineAsync(ct))
            .RequirePermission(view).WithName("ListMyContestCertificates");
        awards.MapGet("/my/certificates/{id:guid}/pdf", async (Guid id, AwardService s, CancellationToken ct) =>
            {
                var (name, pdf) = await s.CertificatePdfAsync(id, ct);
                return TypedResults.File(pdf, FileInspector.ContentType(FileKind.Pdf), name);
            })
            .RequirePermission(view).WithName("GetMyContestCertificatePdf")
            .Produces(StatusCodes.Status200OK, contentType: FileInspector.ContentType(FileKind.Pdf))
            .WithSummary("One's own award certificate as a PDF with its verification code.");
    }
}
