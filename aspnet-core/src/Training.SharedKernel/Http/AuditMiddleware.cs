using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.SharedKernel.Auditing;

namespace Training.SharedKernel.Http;

/// <summary>
/// Records every write request to the API (who, what, when, result) once the response is known, and the reads whose
/// endpoint asks for it (<see cref="AuditedReadMetadata"/>: answer-key exports), with their query string.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, TimeProvider clock, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (!context.Request.Path.StartsWithSegments("/api") || HttpMethods.IsOptions(method))
        {
            await next(context);
            return;
        }
        var read = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var started = Stopwatch.GetTimestamp();
        var at = clock.GetUtcNow().UtcDateTime;
        try
        {
            await next(context);
        }
        finally
        {
            var metadata = context.GetEndpoint()?.Metadata;
            if (read)
            {
                // A read is recorded only where its endpoint asks for it, failed or not (a refused export says something too).
                if (metadata?.GetMetadata<AuditedReadMetadata>() is not null)
                    await WriteAsync(context, method, started, at, context.Request.Path.Value + context.Request.QueryString.Value);
            }
            // An endpoint marked as not audited is still recorded when the call fails (a refused save says something).
            else if (context.Response.StatusCode >= 400 || metadata?.GetMetadata<NotAuditedMetadata>() is null)
                await WriteAsync(context, method, started, at, context.Request.Path.Value ?? "");
        }
    }

    private async Task WriteAsync(HttpContext context, string method, long started, DateTime at, string path)
    {
        var user = context.User;
        Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        var record = new AuditRecord(at, userId, user.Identity?.Name, method, path,
            context.Response.StatusCode, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            context.Connection.RemoteIpAddress?.ToString(),
            context.Items.TryGetValue(ProblemExceptionHandler.ProblemCodeItem, out var code) ? code as string : null);
        try
        {
            // Resolved here, not per request: the writer brings a module context, and most requests write no audit line.
            await context.RequestServices.GetRequiredService<IAuditLogWriter>().WriteAsync(record, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The request already happened; losing its audit line must not turn it into an error for the caller.
            logger.LogError(ex, "Could not write the audit record for {Method} {Path}", method, record.Path);
        }
    }
}
