using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Training.SharedKernel.Http;

/// <summary>
/// The browser-side protections every response carries — the web app's files, API answers, downloads, problem
/// responses, the SPA fallback: a Content-Security-Policy, <c>X-Content-Type-Options: nosniff</c>,
/// <c>X-Frame-Options: DENY</c>, <c>Referrer-Policy</c>, and HSTS when the request came over HTTPS (as the
/// forwarded-headers middleware restored it behind a proxy). Written as the response starts, so headers cleared by the
/// exception handler are put back. Placed first in the pipeline; it costs a few header writes per response.
/// </summary>
/// <remarks>
/// <para>The web app's policy: scripts only from the portal's own files (the Angular build has no inline script and
/// no inline event handler: <c>inlineCritical</c> is off in angular.json); styles from its files and
/// <c>'unsafe-inline'</c>, because Angular inserts each component's styles as a <c>&lt;style&gt;</c> element at run
/// time and writes static <c>style</c> attributes of templates (a nonce would need index.html rendered per request,
/// which the precompressed, ETag-revalidated index.html cannot carry); images from its files and <c>data:</c>; fonts,
/// fetches and workers (the pdf.js worker) only from its own origin; no framing, no plugins, no foreign base or
/// form target.</para>
/// <para>The API reference (<c>/scalar</c>, when open) starts with an inline module script and the jobs dashboard
/// (<c>/hangfire</c>) writes style attributes: each gets a looser policy on its own path only.</para>
/// <para><c>Referrer-Policy: strict-origin-when-cross-origin</c> (the modern browsers' default, stated so older ones
/// follow it): another site linked from a lesson learns only the portal's origin, never a path or a query (staff
/// numbers, names typed into a filter, certificate codes), and nothing at all over a downgrade to HTTP; same-origin
/// requests keep the full referrer. <c>no-referrer</c> would gain nothing the portal needs.</para>
/// </remarks>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; " +
        "object-src 'none'";

    /// <summary>Scalar's page: an inline module script that starts the reference, its own styles, fonts from Scalar's font host.</summary>
    public const string ScalarContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data: https://fonts.scalar.com; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; " +
        "base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>Hangfire's dashboard: its scripts are files, but its pages write style attributes.</summary>
    public const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>A year; not <c>includeSubDomains</c>: other hosts of the same domain are not the portal's to decide.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    private static readonly StringValues Csp = ContentSecurityPolicy;
    private static readonly StringValues ScalarCsp = ScalarContentSecurityPolicy;
    private static readonly StringValues DashboardCsp = DashboardContentSecurityPolicy;
    private static readonly StringValues Hsts = StrictTransportSecurity;
    private static readonly StringValues Referrer = ReferrerPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";

    private static readonly Func<object, Task> Write = state =>
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        headers.ContentSecurityPolicy = path.StartsWithSegments("/scalar") ? ScalarCsp
            : path.StartsWithSegments("/hangfire") ? DashboardCsp
            : Csp;
        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = Deny;
        headers["Referrer-Policy"] = Referrer;
        if (context.Request.IsHttps) headers.StrictTransportSecurity = Hsts;
        return Task.CompletedTask;
    };

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(Write, context);
        return next(context);
    }
}
