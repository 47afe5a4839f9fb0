using Microsoft.AspNetCore.Builder;

namespace Training.SharedKernel.Auditing;

/// <summary>
/// Marks a read endpoint whose calls the audit log records like a write, with its query string (what was read): exports
/// and views of other people's personal data (answer keys, phone numbers, certificates, exam results). Reads are
/// otherwise not recorded. A successful read of the caller's own record is not recorded either: the caller sees only
/// their own records (the "own" data scope), or <see cref="Subject"/> names a route or query value holding the staff id
/// of the person read and it is the caller's own.
/// </summary>
public sealed record AuditedReadMetadata(string What, string? Subject = null);

public static class AuditedReadExtensions
{
    /// <param name="what">What is read, for the reader of this code (answer keys, a person's phone number …).</param>
    /// <param name="subject">The route or query value holding the staff id of the person whose record is read, if any.</param>
    public static TBuilder WithAuditedRead<TBuilder>(this TBuilder builder, string what, string? subject = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedReadMetadata(what, subject));
}
