using Microsoft.AspNetCore.Http;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Http;

namespace Training.Identity.Application;

/// <summary>
/// An account with a one-time password may only use <c>/api/account</c> (to see itself, change the password, sign out)
/// until the password is changed; anything else answers 403 with <see cref="IdentityErrorCodes.PasswordChangeRequired"/>.
/// </summary>
internal sealed class PasswordChangeGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentUser currentUser, ProblemFactory problems)
    {
        if (currentUser.IsAuthenticated && context.Request.Path.StartsWithSegments("/api")
            && !context.Request.Path.StartsWithSegments("/api/account"))
        {
            var account = await currentUser.GetAccountAsync(context.RequestAborted);
            if (account.MustChangePassword)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Items[ProblemExceptionHandler.ProblemCodeItem] = IdentityErrorCodes.PasswordChangeRequired;
                await context.Response.WriteAsJsonAsync(problems.Create(context, 403, IdentityErrorCodes.PasswordChangeRequired),
                    (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
                return;
            }
        }
        await next(context);
    }
}
