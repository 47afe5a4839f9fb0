using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Training.Identity.Domain;

namespace Training.Identity.Application;

/// <summary>
/// A hash of a random password, made once with the configured iteration count: a sign-in for an unknown user name is
/// verified against it, so that answer costs the same PBKDF2 work as a wrong password and its timing tells nothing.
/// </summary>
internal sealed class DummyPasswordHash(IOptions<PasswordHasherOptions> options)
{
    private readonly Lazy<string> _hash = new(() => new PasswordHasher<AppUser>(options)
        .HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))));

    public string Hash => _hash.Value;
}
