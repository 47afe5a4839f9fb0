using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Training.Identity.Application;
using Training.Identity.Domain;
using Training.Identity.EntityFrameworkCore;

namespace Training.Identity.HttpApi;

/// <summary>
/// The sign-in cookie's session rules besides the sliding 8 hours:
/// <list type="bullet">
/// <item>an absolute lifetime (<c>Identity:AbsoluteSessionHours</c>, 12): the time of the sign-in travels in the cookie's
/// properties, kept by every renewal and refresh, and a cookie older than that is refused whatever its sliding expiry;</item>
/// <item>the security stamp: sign-out (and a password change or reset) gives the account a new stamp, so a copy of an
/// older cookie stops working. Identity checks the stamp in the database only for cookies older than its validation
/// interval; a younger cookie is compared here with the stamp in the node's account cache (no extra query: the cache is
/// read on every request anyway), which learns of a new stamp at once on this node and within
/// <c>Identity:AccountCacheSeconds</c> on the others; a young cookie whose stamp differs from the cached one is checked
/// in the database (rare: after a sign-out, a password change or a reset).</item>
/// </list>
/// </summary>
internal static class SessionCookie
{
    public const string SignedInAtItem = ".signedInAt";

    public static void Configure(CookieAuthenticationOptions options, TimeSpan absoluteLifetime)
    {
        options.Events.OnSigningIn = context =>
        {
            // A new sign-in has new properties; a refresh (password change) carries the first sign-in's time on.
            var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
            context.Properties.Items.TryAdd(SignedInAtItem, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };

        // Identity builds its stamp validator (SignInManager, UserManager, their store …) on every request, only to find
        // the cookie younger than the validation interval; that is asked first here (perf: ~6% of an exam sitting's CPU).
        var validateStamp = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
            if (SignedInAt(context.Properties) is not { } signedIn || now - signedIn > absoluteLifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            var stamp = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
            var stampNow = (stamp.TimeProvider ?? TimeProvider.System).GetUtcNow();
            if (context.Properties.IssuedUtc is not { } issued || stampNow - issued > stamp.ValidationInterval)
            {
                await validateStamp(context); // Identity's check in the database (it renews the cookie)
                return;
            }
            if (await HasCachedStampAsync(context)) return;
            // Identity would not look at so young a cookie: the database decides (the cache may also lag behind a
            // stamp another node has just given, with a cookie carrying it).
            var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            if (await signIn.ValidateSecurityStampAsync(context.Principal) is null)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
    }

    private static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtItem, out var value)
        && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Whether the cookie carries the stamp the account has now (as far as this node's cache knows).</summary>
    private static async Task<bool> HasCachedStampAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        if (principal?.FindFirstValue(claims.SecurityStampClaimType) is not { } stamp
            || !Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId))
            return false;
        var cached = await services.GetRequiredService<AccountCache>()
            .GetSecurityStampAsync(services.GetRequiredService<IdentityModuleDbContext>, userId, context.HttpContext.RequestAborted);
        return cached == stamp;
    }
}
