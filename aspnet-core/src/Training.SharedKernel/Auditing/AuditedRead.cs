using Microsoft.AspNetCore.Builder;

namespace Training.SharedKernel.Auditing;

/// <summary>
/// Marks a read endpoint whose calls the audit log records like a write, with its query string (what was read): exports
/// and views of data that must not leak unnoticed (answer keys). Reads are otherwise not recorded.
/// </summary>
public sealed record AuditedReadMetadata(string What);

public static class AuditedReadExtensions
{
    public static TBuilder WithAuditedRead<TBuilder>(this TBuilder builder, string what) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedReadMetadata(what));
}
