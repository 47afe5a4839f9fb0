using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Training.SharedKernel.Http;

/// <summary>
/// Marks a public write endpoint whose callers share addresses by nature (a citizen's phone on a hall's Wi-Fi) and whose
/// own limits are finer than an address (per case, per browser, with a generous ceiling per address): the global
/// anonymous limit (<see cref="RateLimitExtensions.AddAnonymousAuditRateLimit"/>) leaves it to them, so a busy hall's
/// citizens neither exhaust it nor are starved by the staff signing in from the same address.
/// </summary>
public sealed record OwnAnonymousLimitMetadata;

public static class OwnAnonymousLimitExtensions
{
    public static TBuilder WithOwnAnonymousLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OwnAnonymousLimitMetadata());

    public static bool HasOwnAnonymousLimit(this HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OwnAnonymousLimitMetadata>() is not null;
}
