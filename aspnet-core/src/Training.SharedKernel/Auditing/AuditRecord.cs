namespace Training.SharedKernel.Auditing;

/// <summary>One write request: who, what, when, and how it ended. Bodies are not kept (they may hold passwords).</summary>
public sealed record AuditRecord(
    DateTime At, Guid? UserId, string? UserName, string Method, string Path, int StatusCode,
    int DurationMs, string? ClientIp, string? ErrorCode);

/// <summary>Writes lines to the audit table, all in one transaction (requests go through <see cref="AuditTrail"/>).</summary>
public interface IAuditLogWriter
{
    Task WriteAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken cancellationToken = default);
}
