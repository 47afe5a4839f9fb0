using System.Security.Cryptography;

namespace Training.SharedKernel.Domain;

/// <summary>
/// The code printed on a document that anyone may check on the public verification page (certificates, bulletins):
/// XXXX-XXXX-XXXX from 31 letters and digits that cannot be misread (no 0/O, 1/I/L), random — about 2^59 codes, so
/// guessing one is hopeless at the page's rate limit.
/// </summary>
public static class VerificationCodes
{
    public const int Length = 14;
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{chars[..4]}-{chars[4..8]}-{chars[8..]}";
    }
}
