using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Ratings.Application.Cases;
using Training.SharedKernel.Auditing;

namespace Training.Ratings.HttpApi;

/// <summary>
/// The citizen's follow-up page's API: anonymous, rate-limited per client address, opened only with the token of the
/// link the reply made. The token goes in the body, never in the URL (request logs and audit rows record paths), so
/// even the page's read is a POST. Nothing personal is shown.
/// </summary>
internal static class PublicFollowUpEndpoints
{
    public static void MapPublicFollowUpEndpoints(this IEndpointRouteBuilder app)
    {
        var followUp = app.MapGroup("/api/public/ratings/follow-up").WithTags("RatingFollowUp")
            .AllowAnonymous().RequireRateLimiting(RatingLoopServiceCollectionExtensions.FollowUpRateLimit);
        followUp.MapPost("/open", (PublicFollowUpLinkInput input, PublicFollowUpService s, CancellationToken ct) => s.GetAsync(input.Token, ct))
            .WithName("OpenPublicFollowUp").WithoutAudit("a citizen opening their link only reads; it is a POST to keep the token out of URLs")
            .WithSummary("Where and when the citizen was served, and the reply.");
        followUp.MapPost("/", (PublicFollowUpInput input, PublicFollowUpService s, CancellationToken ct) => s.RecordAsync(input, ct))
            .WithName("RecordPublicFollowUp")
            .WithSummary("The citizen's follow-up evaluation (回访评价), once per case.");
    }
}
