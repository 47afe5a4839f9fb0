using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.SharedKernel.Authorization;
using Training.Unresolved.Application.Common;

namespace Training.Unresolved.HttpApi;

/// <summary>Every Unresolved endpoint group under /api/unresolved, one line each.</summary>
internal static class UnresolvedEndpoints
{
    public static void MapUnresolvedEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/unresolved").WithTags("Unresolved");
        group.MapGet("/overview", (UnresolvedOverviewService s, CancellationToken ct) => s.GetAsync(ct))
            .RequirePermission(UnresolvedPermissions.Overview.Default).WithName("GetUnresolvedOverview")
            .WithSummary("The Unresolved matters at a glance.");
        app.MapCaseEndpoints();
        app.MapTransferEndpoints();
        app.MapReceiverEndpoints();
        app.MapRosterEndpoints();
        app.MapUnresolvedFormEndpoints();
    }
}
