using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Authorization;
using Training.Supervision.Application.Statistics;

namespace Training.Supervision.HttpApi;

internal static class StatisticsEndpoints
{
    public static void MapSupervisionStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/supervision/statistics",
                ([AsParameters] SupervisionStatisticsInput input, SupervisionStatisticsService s, CancellationToken ct) => s.GetAsync(input, ct))
            .WithTags("SupervisionStatistics").RequirePermission(SupervisionPermissions.Findings.Default).WithName("GetSupervisionStatistics")
            .WithSummary("Counted findings by month and category and by unit and category, commendations, disputes and the ledger by state "
                + "of the caller's scope for up to 24 months, optionally one hall or unit.");
    }
}
