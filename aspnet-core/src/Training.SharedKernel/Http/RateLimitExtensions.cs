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
    /// Rejections answer 429, which the status-code pages turn into a problem with Common:TooManyRequests. The address
    /// is the client's behind a configured proxy (the host's forwarded-headers middleware runs first), so clients
    /// behind one nginx do not share a bucket.
    /// </summary>
    public static IServiceCollection AddPerClientRateLimit(this IServiceCollection services, string policy, int permitsPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
}
