using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Scoping;

namespace Training.SharedKernel.Http;

/// <summary>
/// Records every write request to the API and every action of the jobs dashboard (who, what, when, result) once the
/// response is known, and the reads whose endpoint asks for it (<see cref="AuditedReadMetadata"/>: answer-key exports,
/// other people's personal data), with their query string. A failed sign-in is recorded with the user name it tried.
/// An anonymous request refused by a rate limiter (429) writes nothing: the limiter, not the audit table, absorbs a
/// flood from outside (<see cref="RateLimitExtensions.AddAnonymousAuditRateLimit"/>).
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditTrail trail, TimeProvider clock, ILogger<AuditMiddleware> logger)
{
    /// <summary>The dashboard's statistics poll: a POST every few seconds from every open dashboard, not an action.</summary>
    private static readonly PathString HangfireStats = "/hangfire/stats";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!InScope(context.Request))
        {
            await next(context);
            return;
        }
        var method = context.Request.Method;
        var started = Stopwatch.GetTimestamp();
        var at = clock.GetUtcNow().UtcDateTime;
        try
        {
            await next(context);
        }
        finally
        {
            try
            {
                if (await ShouldRecordAsync(context))
                    await WriteAsync(context, method, started, at);
            }
            catch (Exception ex)
            {
                // The request already happened; losing its audit line must not turn it into an error for the caller.
                logger.LogError(ex, "Could not write the audit record for {Method} {Path}", method, context.Request.Path.Value);
            }
        }
    }

    /// <summary>
    /// Whether the log records this request, judged before it runs (after routing): a write under <c>/api</c>, an
    /// action of the jobs dashboard, or a read of an endpoint marked <see cref="AuditedReadMetadata"/>. The rate limiter
    /// for anonymous requests counts exactly these.
    /// </summary>
    public static bool Records(HttpContext context) =>
        InScope(context.Request)
        && (!IsRead(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<AuditedReadMetadata>() is not null);

    private static bool InScope(HttpRequest request)
    {
        if (HttpMethods.IsOptions(request.Method)) return false;
        if (request.Path.StartsWithSegments("/api")) return true;
        return request.Path.StartsWithSegments("/hangfire") && !IsRead(request.Method) && !request.Path.StartsWithSegments(HangfireStats);
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    private static async Task<bool> ShouldRecordAsync(HttpContext context)
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        if (!signedIn && context.Response.StatusCode == StatusCodes.Status429TooManyRequests) return false;
        // The exception handler clears the endpoint of a request that threw (a 404 from the service); its feature keeps it.
        var metadata = (context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint)?.Metadata;
        if (IsRead(context.Request.Method))
        {
            // A read is recorded only where its endpoint asks for it, failed or not (a refused export says something too),
            // unless it was the caller's own record.
            return metadata?.GetMetadata<AuditedReadMetadata>() is { } read && !await IsOwnRecordAsync(context, read);
        }
        // An endpoint marked as not audited is still recorded when the call fails (a refused save says something).
        return context.Response.StatusCode >= 400 || metadata?.GetMetadata<NotAuditedMetadata>() is null;
    }

    /// <summary>A successful read by a caller who sees only their own records, or of the record its subject names as theirs.</summary>
    private static async Task<bool> IsOwnRecordAsync(HttpContext context, AuditedReadMetadata read)
    {
        if (context.Response.StatusCode >= 400 || context.User.Identity?.IsAuthenticated != true) return false;
        if (context.RequestServices.GetService<IDataScopeProvider>() is not { } scopes) return false;
        var scope = await scopes.GetAsync(CancellationToken.None); // resolved once per request: usually already known
        if (scope.Kind == ScopeKind.Own) return true;
        if (read.Subject is null || scope.StaffId is null) return false;
        var value = context.Request.RouteValues.TryGetValue(read.Subject, out var routeValue)
            ? routeValue?.ToString()
            : context.Request.Query[read.Subject].ToString();
        return Guid.TryParse(value, out var staffId) && staffId == scope.StaffId;
    }

    private async Task WriteAsync(HttpContext context, string method, long started, DateTime at)
    {
        var user = context.User;
        Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        var userName = user.Identity?.IsAuthenticated == true ? user.Identity.Name : context.AuditUserNameOrNull();
        var record = new AuditRecord(at, userId, userName, method, Describe(context),
            context.Response.StatusCode, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            context.Connection.RemoteIpAddress?.ToString(),
            context.Items.TryGetValue(ProblemExceptionHandler.ProblemCodeItem, out var code) ? code as string : null);
        // Queued: the answer does not wait for the audit table (the trail's writer inserts many lines at once).
        await trail.RecordAsync(record, CancellationToken.None);
    }

    /// <summary>
    /// The path; with the query string for a read (what was read), with the jobs acted on for a dashboard action (the
    /// form the dashboard already read: <c>jobs[]</c>).
    /// </summary>
    private static string Describe(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        if (IsRead(request.Method)) return path + request.QueryString.Value;
        if (request.Path.StartsWithSegments("/hangfire")
            && context.Features.Get<IFormFeature>()?.Form is { } form && form["jobs[]"] is { Count: > 0 } jobs)
            return path + "?jobs=" + string.Join(",", jobs.ToArray());
        return path;
    }
}
