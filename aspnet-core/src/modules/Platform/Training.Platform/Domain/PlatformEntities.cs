namespace Training.Platform.Domain;

/// <summary>An administrator's value for a setting: for the city (<see cref="Scope"/> = "") or one hall (its id).</summary>
public sealed class SettingValue
{
    public string Name { get; set; } = "";
    public string Scope { get; set; } = "";
    public string Value { get; set; } = "";
    public DateTime ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }

    public static string ScopeOf(Guid? hallId) => hallId?.ToString("D") ?? "";
}

/// <summary>A stored file. Bytes live in the row by default (every node sees them) or in a shared directory.</summary>
public sealed class StoredFileRecord
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string Purpose { get; set; } = "";
    public byte[]? Content { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
}

/// <summary>One message in one person's inbox, in both languages.</summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Kind { get; set; } = "";
    public string TitleZhHans { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string? BodyZhHans { get; set; }
    public string? BodyEn { get; set; }
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>
/// One recorded request (a write, a dashboard action, an audited read). Written unsealed by the request; the sealer
/// later gives it its place in the chain (<see cref="Sequence"/>) and <see cref="Hash"/> (see <see cref="AuditChainHash"/>).
/// </summary>
public sealed class AuditLog
{
    public Guid Id { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public string Method { get; set; } = "";
    public string Path { get; set; } = "";
    public int StatusCode { get; set; }
    public int DurationMs { get; set; }
    public string? ClientIp { get; set; }
    public string? ErrorCode { get; set; }

    /// <summary>The row's place in the chain, from 1 without gaps; null until sealed.</summary>
    public long? Sequence { get; set; }

    /// <summary>SHA-256 (hex) over the row's fields and the previous row's hash; null until sealed.</summary>
    public string? Hash { get; set; }
}
