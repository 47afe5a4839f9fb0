using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Ratings.Application.Catalogue;
using Training.Ratings.Application.Disclosure;

namespace Training.Ratings.HttpApi;

/// <summary>
/// The public disclosure page's data: anonymous, rate-limited per client, and cacheable by browsers and proxies for
/// five minutes (the server keeps the same answer in each node's memory as long).
/// </summary>
internal static class PublicDisclosureEndpoints
{
    private const string CacheControl = "public, max-age=300";

    public static void MapPublicDisclosureEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public/ratings").WithTags("RatingDisclosure").AllowAnonymous()
            .RequireRateLimiting(RatingDataServiceCollectionExtensions.DisclosureRateLimit);
        group.MapGet("/halls", async (HttpContext http, DisclosureService s, CancellationToken ct) =>
            {
                var halls = await s.HallsAsync(ct);
                http.Response.Headers.CacheControl = CacheControl;
                return halls;
            })
            .WithName("ListDisclosureHalls");
        group.MapGet("/disclosure", async ([AsParameters] DisclosureInput input, HttpContext http, DisclosureService s, CancellationToken ct) =>
            {
                var disclosure = await s.GetAsync(input, ct);
                http.Response.Headers.CacheControl = CacheControl;
                return disclosure;
            })
            .WithName("GetRatingDisclosure")
            .WithSummary("A hall's month: counts and satisfaction per hall, unit and window, and every bad rating with its reply and step; no personal data.");
    }
}
