using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Training.SharedKernel.Http;

public static class RateLimitExtensions
{
    /// <summary>
    /// A named policy: at most <paramref name="permitsPerMinute"/> requests a minute per client address, per node.
    /// Rejections answer 429 with <c>Retry-After</c> (when the window ends), which the status-code pages turn into a
    /// problem with Common:TooManyRequests. The address is the client's behind a configured proxy (the host's
    /// forwarded-headers middleware runs first), so clients behind one nginx do not share a bucket.
    /// </summary>
    public static IServiceCollection AddPerClientRateLimit(this IServiceCollection services, string policy, int permitsPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)) SetRetryAfter(context.HttpContext.Response, retryAfter);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });

    /// <summary>Sets <c>Retry-After</c> in whole seconds, rounded up (at least 1): a client that waits that long is not early.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
