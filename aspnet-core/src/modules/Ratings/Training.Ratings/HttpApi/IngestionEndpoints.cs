using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.Ratings.Application.Devices;
using Training.Ratings.Application.Ingestion;
using Training.Ratings.Application.Ratings;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Http;

namespace Training.Ratings.HttpApi;

/// <summary>Ratings coming in (rating pads, the QR page), the devices that send them, and the ratings as people see them.</summary>
internal static class IngestionEndpoints
{
    public const string DevicePushPolicy = "ratings-device-push";
    public const string PublicPolicy = "ratings-public";

    /// <summary>Requests a minute per device key (a pad behind the hall's NAT shares its address, so the bucket is the key).</summary>
    public static IServiceCollection AddRatingDevicePushRateLimit(this IServiceCollection services, int permitsPerMinute) =>
        services.AddRateLimiter(options => options.AddPolicy(DevicePushPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) })));

    public static void MapIngestionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ratings/device/ratings", (PushRatingsInput input, PadPushService s, CancellationToken ct) => s.PushAsync(input, ct))
            .WithTags("RatingsDevicePush").RequireRateLimiting(DevicePushPolicy)
            .RequirePermission(RatingsPermissions.Devices.Push).WithName("PushDeviceRatings")
            .WithoutAudit("every rating keeps its pad, event id and time of receipt; a pad sends a batch every minute or so")
            .WithSummary("A rating pad's ratings (at most 1000): each answered stored, duplicate or refused with the reason; sending a batch again changes nothing.");

        var devices = app.MapGroup("/api/ratings/devices").WithTags("RatingDevices");
        devices.MapGet("", ([AsParameters] RatingDeviceListInput input, RatingDeviceService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(RatingsPermissions.Devices.Default).WithName("ListRatingDevices");
        devices.MapPost("", (RegisterRatingDeviceInput input, RatingDeviceService s, CancellationToken ct) => s.RegisterAsync(input, ct))
            .RequirePermission(RatingsPermissions.Devices.Manage).WithName("RegisterRatingDevice")
            .WithSummary("Registers a rating pad or case system and issues its key: the secret is in this answer only.");
        devices.MapPut("/{id:guid}", (Guid id, UpdateRatingDeviceInput input, RatingDeviceService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(RatingsPermissions.Devices.Manage).WithName("UpdateRatingDevice");
        devices.MapPost("/{id:guid}/key", (Guid id, RatingDeviceService s, CancellationToken ct) => s.RotateKeyAsync(id, ct))
            .RequirePermission(RatingsPermissions.Devices.Manage).WithName("RotateRatingDeviceKey")
            .WithSummary("Issues a new key and revokes the old one: the new secret is in this answer only.");
        devices.MapPost("/{id:guid}/activate", (Guid id, RatingDeviceService s, CancellationToken ct) => s.SetActiveAsync(id, true, ct))
            .RequirePermission(RatingsPermissions.Devices.Manage).WithName("ActivateRatingDevice");
        devices.MapPost("/{id:guid}/deactivate", (Guid id, RatingDeviceService s, CancellationToken ct) => s.SetActiveAsync(id, false, ct))
            .RequirePermission(RatingsPermissions.Devices.Manage).WithName("DeactivateRatingDevice");

        var ratings = app.MapGroup("/api/ratings/ratings").WithTags("Ratings");
        ratings.MapGet("", ([AsParameters] RatingListInput input, RatingQueryService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(RatingsPermissions.Ratings.Default).WithName("ListRatings")
            .WithSummary("The ratings in the caller's scope, filtered, sorted and paged on the server; raters masked.");
        ratings.MapGet("/{id:guid}", (Guid id, RatingQueryService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(RatingsPermissions.Ratings.Default).WithName("GetRating");
        ratings.MapPost("/{id:guid}/attribute", (Guid id, AttributeRatingInput input, RatingQueryService s, CancellationToken ct) => s.AttributeAsync(id, input, ct))
            .RequirePermission(RatingsPermissions.Ratings.Attribute).WithName("AttributeRating")
            .WithSummary("Names who served a rating two people could have served (one of its candidates).");
        app.MapGet("/api/ratings/my/ratings", ([AsParameters] RatingListInput input, RatingQueryService s, CancellationToken ct) => s.ListMineAsync(input, ct))
            .WithTags("Ratings").RequirePermission(RatingsPermissions.My.Default).WithName("ListMyRatings")
            .WithSummary("The ratings attributed to me; raters masked.");

        var open = app.MapGroup("/api/public/ratings").WithTags("PublicRatings").AllowAnonymous().RequireRateLimiting(PublicPolicy);
        open.MapGet("/windows/{windowId:guid}", (Guid windowId, PublicRatingService s, CancellationToken ct) => s.GetWindowAsync(windowId, ct))
            .WithName("GetPublicRatingWindow").WithSummary("What a window's QR page shows: hall, unit, window, the unit's matters and the tags.");
        open.MapPost("", (PublicRatingInput input, HttpContext http, PublicRatingService s, CancellationToken ct) =>
                s.SubmitAsync(input, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", http.Request.Headers[ClientHeader].ToString(), ct))
            .WithName("SubmitPublicRating").WithOwnAnonymousLimit()
            .WithoutAudit("each rating keeps its submission id and time; the page is limited per case, browser and address")
            .WithSummary("A citizen's rating from a window's QR page: stored once per submission and once per case (一次一评).");
    }

    /// <summary>The QR page's random browser id (kept in its local storage), one of its rate-limit buckets.</summary>
    public const string ClientHeader = "X-Rating-Client";
}
