using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Platform.Application;
using Training.SharedKernel.Authorization;

namespace Training.Platform.HttpApi;

internal static class HomeEndpoints
{
    public static void MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/home", (HomeService s, CancellationToken ct) => s.GetAsync(ct))
            .WithTags("Home").RequirePermission(PlatformPermissions.Home.Default).WithName("GetHome")
            .WithSummary("The caller's to-dos, notices and figures from every module, most urgent first; the client translates each key.");
    }
}
