using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Http;

namespace Training.Identity.Application;

/// <summary>
/// Signs a device in by the key in <c>X-Device-Key</c>. The key's prefix finds the row; its hash must match; a revoked
/// key fails. The key never appears in logs.
/// </summary>
internal sealed class DeviceKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IdentityModuleDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DeviceKey";
    public const string DeviceClaim = "training:device";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AntiforgeryMiddleware.DeviceKeyHeader, out var values)) return AuthenticateResult.NoResult();
        var secret = values.ToString();
        var prefix = Domain.DeviceKey.PrefixOf(secret);
        if (prefix is null) return AuthenticateResult.Fail("Malformed device key.");
        var key = await db.DeviceKeys.FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !key.Matches(secret)) return AuthenticateResult.Fail("Unknown device key.");
        if (key.IsRevoked) return AuthenticateResult.Fail("Revoked device key.");

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            key.MarkUsed(now); // at most once a minute, so a busy device does not write on every request
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
            new(DeviceClaim, key.HallId?.ToString() ?? ""),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
