using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Training.SharedKernel.Errors;

namespace Training.SharedKernel.Http;

/// <summary>
/// Cookie sign-in needs protection from cross-site forms: every response carries a readable <c>XSRF-TOKEN</c> cookie,
/// and every unsafe API request must echo it in <c>X-XSRF-TOKEN</c> (Angular's HttpClient does this by itself).
/// Requests authenticated by a device key carry no cookie and are not subject to it.
/// </summary>
public sealed class AntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery, ProblemFactory problems)
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";
    public const string DeviceKeyHeader = "X-Device-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        var isApi = context.Request.Path.StartsWithSegments("/api");
        if (isApi && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && !HttpMethods.IsOptions(context.Request.Method) && !context.Request.Headers.ContainsKey(DeviceKeyHeader))
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await problems.WriteAsync(context, ErrorKind.Invalid, CommonErrorCodes.Antiforgery);
                return;
            }
        }
        if (isApi)
        {
            // Issued as the response starts, and only when the client has none or the user changed during the request
            // (sign-in, sign-out): the token is bound to the user, and making one costs a Data Protection round.
            var userAtStart = context.User;
            var hasToken = context.Request.Cookies.ContainsKey(CookieName);
            context.Response.OnStarting(() =>
            {
                if (!hasToken || !ReferenceEquals(userAtStart, context.User)) IssueToken(context, antiforgery);
                return Task.CompletedTask;
            });
        }
        await next(context);
    }

    /// <summary>
    /// Sets a fresh <c>XSRF-TOKEN</c> for the request's user. Also asked for by <c>GET /api/account/antiforgery</c>: a
    /// client whose session ended on the server (expired, signed out elsewhere) still holds the token of its old user.
    /// </summary>
    public static void IssueToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!,
            new CookieOptions { HttpOnly = false, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/" });
    }
}
