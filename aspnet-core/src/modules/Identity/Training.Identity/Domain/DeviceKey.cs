using System.Security.Cryptography;
using System.Text;

namespace Training.Identity.Domain;

/// <summary>
/// A key for one device (clock-in terminal, rating pad). Only its SHA-256 hash is stored; the secret is shown once.
/// The secret reads <c>tdk_{prefix}_{random}</c>; the prefix finds the row, the hash proves the key.
/// </summary>
public sealed class DeviceKey
{
    private DeviceKey() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Prefix { get; private set; } = "";
    public string SecretHash { get; private set; } = "";
    public Guid? HallId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime? LastUsedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static (DeviceKey Key, string Secret) Issue(string name, Guid? hallId, DateTime now, Guid? by)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = $"tdk_{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}";
        var key = new DeviceKey
        {
            Id = Guid.NewGuid(), Name = name.Trim(), Prefix = prefix, SecretHash = Hash(secret),
            HallId = hallId, CreatedAt = now, CreatedBy = by,
        };
        return (key, secret);
    }

    public static string? PrefixOf(string secret)
    {
        var parts = secret.Split('_');
        return parts.Length == 3 && parts[0] == "tdk" ? parts[1] : null;
    }

    public bool Matches(string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void MarkUsed(DateTime now) => LastUsedAt = now;

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
