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
            options.OnRejected = OnRejected;
            options.AddPolicy(policy, context => PerClient(context, permitsPerMinute));
        });

    /// <summary>Sets <c>Retry-After</c> in whole seconds, rounded up (at least 1): a client that waits that long is not early.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static ValueTask OnRejected(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)) SetRetryAfter(context.HttpContext.Response, retryAfter);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The global limiter: anonymous requests that the audit log would record (<see cref="AuditMiddleware.Records"/>:
    /// writes under /api, dashboard actions, audited reads) at most <paramref name="permitsPerMinute"/> a minute per
    /// client address, per node. Signed-in requests and everything else pass untouched. The host runs the limiter after
    /// authentication (to know who is anonymous) and before antiforgery and authorization (so a refused request reaches
    /// neither), and the audit log writes no row for an anonymous 429: a flood from one address costs at most this
    /// many rows a minute. An endpoint with its own finer limits (<see cref="OwnAnonymousLimitMetadata"/>) is left to them.
    /// </summary>
    public static IServiceCollection AddAnonymousAuditRateLimit(this IServiceCollection services, int permitsPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejected;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity?.IsAuthenticated != true && AuditMiddleware.Records(context) && !context.HasOwnAnonymousLimit()
                    ? PerClient(context, permitsPerMinute)
                    : RateLimitPartition.GetNoLimiter(""));
        });

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) });
}
