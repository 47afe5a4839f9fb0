using Microsoft.EntityFrameworkCore;
using Training.Platform.Domain;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Paging;

namespace Training.Platform.Application;

internal sealed class AuditLogService(PlatformDbContext db, AuditTrail trail) : IAuditLogWriter
{
    private static readonly SortMap<AuditLog> Sort = new SortMap<AuditLog>("at desc")
        .Add("at", a => a.At).Add("userName", a => a.UserName).Add("statusCode", a => a.StatusCode).Add("durationMs", a => a.DurationMs);

    public async Task WriteAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        db.AuditLogs.AddRange(records.Select(record => new AuditLog
        {
            Id = Guid.NewGuid(), At = record.At, UserId = record.UserId, UserName = Cut(record.UserName, 64), Method = record.Method,
            Path = Cut(record.Path, 512)!, StatusCode = record.StatusCode, DurationMs = record.DurationMs,
            ClientIp = Cut(record.ClientIp, 64), ErrorCode = Cut(record.ErrorCode, 64),
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<PagedResult<AuditLogDto>> ListAsync(AuditLogListInput input, CancellationToken cancellationToken)
    {
        await trail.FlushAsync(cancellationToken); // the page shows every request so far, the caller's last one too
        var query = db.AuditLogs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.UserName)) query = query.Where(a => a.UserName == input.UserName.Trim());
        if (!string.IsNullOrWhiteSpace(input.Path)) query = query.Where(a => a.Path.Contains(input.Path.Trim()));
        if (input.StatusCode is { } status) query = query.Where(a => a.StatusCode == status);
        return await query.ToPagedResultAsync(input, Sort, a => new AuditLogDto(a.Id, a.At, a.UserId, a.UserName, a.Method, a.Path,
            a.StatusCode, a.DurationMs, a.ClientIp, a.ErrorCode, a.Sequence), cancellationToken);
    }

    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
