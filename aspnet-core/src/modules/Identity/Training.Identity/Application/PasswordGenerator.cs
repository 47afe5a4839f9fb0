using System.Security.Cryptography;

namespace Training.Identity.Application;

/// <summary>
/// One-time passwords: letters without look-alikes (no 0/O, 1/l/I) plus digits, so they can be read out; 12 characters,
/// enough for an administrator's account too.
/// </summary>
internal static class PasswordGenerator
{
    private const string Lower = "abcdefghjkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string Generate(int length = 12)
    {
        length = Math.Max(length, IdentityConsts.MinPasswordLength);
        var all = Lower + Upper + Digits;
        var chars = new char[length];
        chars[0] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[1] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var i = 3; i < length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
