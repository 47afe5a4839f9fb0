using Microsoft.AspNetCore.Builder;

namespace Training.SharedKernel.Auditing;

/// <summary>
/// Marks a write endpoint whose calls the audit log does not record, with the reason. Only for traffic that is not an
/// act of anyone's judgement and that its own records already trace (an exam's autosave: every few seconds from every
/// taker, kept as the attempt's version); everything else is recorded.
/// </summary>
public sealed record NotAuditedMetadata(string Reason);

public static class NotAuditedExtensions
{
    public static TBuilder WithoutAudit<TBuilder>(this TBuilder builder, string reason) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new NotAuditedMetadata(reason));
}
