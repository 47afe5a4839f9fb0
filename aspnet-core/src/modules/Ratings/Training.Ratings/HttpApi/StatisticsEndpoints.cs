using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Ratings.Application.Statistics;
using Training.SharedKernel.Authorization;

namespace Training.Ratings.HttpApi;

internal static class StatisticsEndpoints
{
    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ratings/dashboard", ([AsParameters] DashboardInput input, DashboardService s, CancellationToken ct) => s.GetAsync(input, ct))
            .WithTags("RatingDashboard").RequirePermission(RatingsPermissions.Ratings.Default).WithName("GetRatingDashboard")
            .WithSummary("Totals, callback and rectification rates against the target, a 12-month trend, counts by window, matter and tag, surveys "
                + "and service efficiency of the caller's scope for a period (at most 366 days); excluded ratings never count.");
    }
}
