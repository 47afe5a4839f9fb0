using Microsoft.AspNetCore.Http;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Http;

namespace Training.Identity.HttpApi;

/// <summary>
/// An account with a one-time password may only use <c>/api/account</c> (to see itself, change the password, sign out)
/// until the password is changed; anything else answers <see cref="ErrorKind.Forbidden"/> (403) with
/// <see cref="IdentityErrorCodes.PasswordChangeRequired"/>. HTTP-layer code: it answers through the problem factory.
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
                await problems.WriteAsync(context, ErrorKind.Forbidden, IdentityErrorCodes.PasswordChangeRequired);
                return;
            }
        }
        await next(context);
    }
}
