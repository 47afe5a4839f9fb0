using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Contests.Application;
using Training.SharedKernel.Authorization;

namespace Training.Contests.HttpApi;

internal static class ContestsEndpoints
{
    public static void MapContestsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contests").WithTags("Contests");
        group.MapGet("/overview", (ContestsOverviewService s, CancellationToken ct) => s.GetAsync(ct))
            .RequirePermission(ContestsPermissions.Overview.Default).WithName("GetContestsOverview")
            .WithSummary("The Skill contests at a glance.");
        app.MapContestEndpoints();
        app.MapEntryEndpoints();
        app.MapRoundEndpoints();
        app.MapJudgingEndpoints();
        app.MapBoardEndpoints();
        app.MapAwardEndpoints();
        app.MapAwardVerificationEndpoints();
    }
}
