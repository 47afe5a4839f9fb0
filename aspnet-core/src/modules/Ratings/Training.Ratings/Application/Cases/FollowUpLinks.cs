using System.Security.Cryptography;
using System.Text;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// The citizen's follow-up link: 32 random bytes in base64url (43 characters) that only the link carries; the case
/// keeps the SHA-256 of it, so the database alone cannot open a link.
/// </summary>
internal static class FollowUpLinks
{
    public const int TokenLength = FollowUpLink.TokenLength;

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
