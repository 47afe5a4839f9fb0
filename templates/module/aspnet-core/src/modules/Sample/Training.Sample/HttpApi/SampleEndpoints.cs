using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Sample.Application;
using Training.SharedKernel.Authorization;

namespace Training.Sample.HttpApi;

internal static class SampleEndpoints
{
    public static void MapSampleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sample").WithTags("Sample");
        group.MapGet("/overview", (SampleOverviewService s, CancellationToken ct) => s.GetAsync(ct))
            .RequirePermission(SamplePermissions.Overview.Default).WithName("GetSampleOverview")
            .WithSummary("The Sample module at a glance.");
    }
}
