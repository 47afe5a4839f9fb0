using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Identity.Application;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Http;

namespace Training.Identity.HttpApi;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");

        // Always a fresh token: after a session ended on the server the client's token still names the old user.
        group.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            {
                AntiforgeryMiddleware.IssueToken(context, antiforgery);
                return TypedResults.NoContent();
            })
            .AllowAnonymous().WithName("GetAntiforgeryToken")
            .WithSummary("Issues the XSRF-TOKEN cookie that unsafe requests echo in X-XSRF-TOKEN.");

        group.MapPost("/login", (LoginInput input, HttpContext context, AccountService accounts, CancellationToken ct) =>
            {
                context.SetAuditUserName(input.UserName); // the audit log's user of a failed sign-in
                return accounts.LoginAsync(input, ct);
            })
            .AllowAnonymous().RequireRateLimiting(IdentityModule.LoginRateLimit).WithName("Login").WithSummary("Signs in with a user name and password (cookie).");

        group.MapPost("/logout", async (HttpContext context, AccountService accounts) =>
            {
                context.SetAuditUserName(context.User.Identity?.Name); // who signed out: the request ends anonymous
                await accounts.LogoutAsync();
                return TypedResults.NoContent();
            })
            .AllowAnonymous().WithName("Logout").WithSummary("Signs out.");

        group.MapGet("/me", (AccountService accounts, CancellationToken ct) => accounts.MeAsync(ct))
            .RequireAuthorization().WithName("GetCurrentUser").WithSummary("The caller: roles, permissions and data scope.");

        group.MapPost("/change-password", async (ChangePasswordInput input, AccountService accounts, CancellationToken ct) =>
            {
                await accounts.ChangePasswordAsync(input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization().RequireRateLimiting(IdentityModule.ChangePasswordRateLimit)
            .WithName("ChangePassword").WithSummary("Changes the caller's password.");
    }
}
