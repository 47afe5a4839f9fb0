using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Contests.Application.Awards;

namespace Training.Contests.HttpApi;

/// <summary>The public verification page's API for award certificates: anonymous, rate-limited, a masked name only.</summary>
internal static class AwardVerificationEndpoints
{
    public static void MapAwardVerificationEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/public/contests/certificates/{code:maxlength(32)}", (string code, AwardVerificationService s, CancellationToken ct) =>
                s.VerifyAsync(code, ct))
            .WithTags("Verification").AllowAnonymous().RequireRateLimiting(ContestsModule.DisplayRateLimit).WithName("VerifyContestCertificate")
            .WithSummary("Whether an award certificate's code is genuine: contest, tier, issue date and a masked name.");
}
