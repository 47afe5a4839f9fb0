using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Http;

namespace Training.Attendance.HttpApi;

/// <summary>
/// Requests a minute per device key (a clock behind the hall's NAT shares its address with every other device there,
/// so the bucket is the key, not the address). A clock sends a batch every minute or so; a backlog after an outage
/// goes in batches of 1000. Rejections answer 429 with Retry-After.
/// </summary>
internal static class DevicePushRateLimit
{
    public const string Policy = "attendance-device-push";

    public static IServiceCollection AddDevicePushRateLimit(this IServiceCollection services, int permitsPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                    RateLimitExtensions.SetRetryAfter(rejected.HttpContext.Response, wait);
                return ValueTask.CompletedTask;
            };
        });
}
