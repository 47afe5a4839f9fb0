using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Platform;

public sealed record AuditLogListInput : PagedRequest
{
    [StringLength(MaxFilterLength)]
    public string? UserName { get; init; }

    /// <summary>Part of the request's path (or query).</summary>
    [StringLength(MaxFilterLength)]
    public string? Path { get; init; }

    [Range(100, 599)]
    public int? StatusCode { get; init; }
}

/// <param name="Sequence">The row's place in the tamper-evident chain; null for a row not sealed yet (seconds old).</param>
public sealed record AuditLogDto(Guid Id, DateTime At, Guid? UserId, string? UserName, string Method, string Path, int StatusCode,
    int DurationMs, string? ClientIp, string? ErrorCode, long? Sequence);
