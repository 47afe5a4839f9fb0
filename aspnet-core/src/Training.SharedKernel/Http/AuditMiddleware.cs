using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.SharedKernel.Auditing;

namespace Training.SharedKernel.Http;

/// <summary>Records every write request to the API (who, what, when, result) once the response is known.</summary>
public sealed class AuditMiddleware(RequestDelegate next, TimeProvider clock, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (!context.Request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            await next(context);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        var at = clock.GetUtcNow().UtcDateTime;
        try
        {
            await next(context);
        }
        finally
        {
            // An endpoint marked as not audited is still recorded when the call fails (a refused save says something).
            if (context.Response.StatusCode >= 400 || context.GetEndpoint()?.Metadata.GetMetadata<NotAuditedMetadata>() is null)
                await WriteAsync(context, method, started, at);
        }
    }

    private async Task WriteAsync(HttpContext context, string method, long started, DateTime at)
    {
        var user = context.User;
        Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        var record = new AuditRecord(at, userId, user.Identity?.Name, method, context.Request.Path.Value ?? "",
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
