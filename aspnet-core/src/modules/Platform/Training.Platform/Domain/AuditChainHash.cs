using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Training.Platform.Domain;

/// <summary>
/// The hash that chains an audit row to the one before it: SHA-256 over a canonical encoding of the row's fields, in a
/// fixed order, followed by the previous row's hash. Each field is written as a tag byte (0 = null, 1 = value), then
/// for a value its UTF-8 length (4 bytes, big-endian) and bytes, so no two different rows encode alike. Numbers are
/// invariant decimal text, ids lower-case "D" format, the instant UTC with microseconds (what PostgreSQL keeps), so the
/// hash is the same whichever database stores the row.
/// </summary>
internal static class AuditChainHash
{
    /// <summary>The "previous hash" of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] Version = "training-audit-v1"u8.ToArray();

    public static string Compute(AuditLog row, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(row.Sequence);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, Encoding.ASCII.GetString(Version));
        Append(hash, row.Sequence.Value.ToString(CultureInfo.InvariantCulture));
        Append(hash, row.Id.ToString("D"));
        Append(hash, row.At.AddTicks(-(row.At.Ticks % 10)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Append(hash, row.UserId?.ToString("D"));
        Append(hash, row.UserName);
        Append(hash, row.Method);
        Append(hash, row.Path);
        Append(hash, row.StatusCode.ToString(CultureInfo.InvariantCulture));
        Append(hash, row.DurationMs.ToString(CultureInfo.InvariantCulture));
        Append(hash, row.ClientIp);
        Append(hash, row.ErrorCode);
        Append(hash, previousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        if (value is null)
        {
            hash.AppendData([0]);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> header = stackalloc byte[5];
        header[0] = 1;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], bytes.Length);
        hash.AppendData(header);
        hash.AppendData(bytes);
    }
}
