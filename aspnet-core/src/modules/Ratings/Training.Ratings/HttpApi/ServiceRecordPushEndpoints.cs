using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Ratings.Application.Catalogue;
using Training.SharedKernel.Authorization;

namespace Training.Ratings.HttpApi;

/// <summary>What a hall's case system pushes, signed in with its device key (limited per key, as the pads are).</summary>
internal static class ServiceRecordPushEndpoints
{
    public static void MapServiceRecordPushEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ratings/device/service-records", (PushServiceRecordsInput input, ServiceRecordPushService s, CancellationToken ct) =>
                s.PushAsync(input, ct))
            .WithTags("RatingsDevicePush").RequireRateLimiting(IngestionEndpoints.DevicePushPolicy).RequirePermission(RatingsPermissions.Devices.Push).WithName("PushRatingServiceRecords")
            .WithSummary("A case system's person-months (at most 1000): each answered stored, unchanged (Duplicate) or refused with the reason; sending a batch again changes nothing.");
    }
}
