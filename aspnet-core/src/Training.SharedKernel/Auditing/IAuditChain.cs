namespace Training.SharedKernel.Auditing;

/// <summary>
/// The audit log as a tamper-evident chain: requests write rows unsealed; sealing gives each a sequence number and a
/// SHA-256 hash over its fields and the previous row's hash (docs/adr/0003-audit-chain.md). Implemented by Platform.
/// </summary>
public interface IAuditChain
{
    /// <summary>
    /// Seals every row unsealed when called, oldest first, in short transactions; one sealer at a time across nodes.
    /// Safe to run twice and from several nodes at once. Returns how many rows this call sealed.
    /// </summary>
    Task<int> SealAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Walks the chain from the first row and reports the first row that breaks it (missing, changed or moved), and the
    /// rows left unsealed for longer than <paramref name="unsealedFor"/>. With <paramref name="anchor"/> (a head noted
    /// elsewhere earlier), the chain must still hold that row with that hash: not cut off, not recomputed.
    /// </summary>
    Task<AuditChainReport> VerifyAsync(TimeSpan unsealedFor, AuditChainAnchor? anchor = null, CancellationToken cancellationToken = default);
}

/// <summary>A row of the chain noted outside the database: its sequence number and hash.</summary>
public sealed record AuditChainAnchor(long Sequence, string Hash)
{
    /// <summary>"N:HASH", as the check command prints the head.</summary>
    public static AuditChainAnchor Parse(string text)
    {
        var parts = text.Split(':', 2);
        if (parts.Length != 2 || !long.TryParse(parts[0].TrimStart('#'), out var sequence) || sequence < 1 || parts[1].Length != 64)
            throw new FormatException($"Expected N:HASH (a sequence number and a 64-character hash), not '{text}'.");
        return new AuditChainAnchor(sequence, parts[1].ToLowerInvariant());
    }

    public override string ToString() => $"{Sequence}:{Hash}";
}

/// <summary>Where the chain breaks: the sequence number where the walk stopped, the row found there and why.</summary>
public sealed record AuditChainBreak(long Sequence, Guid? RowId, string Problem);

/// <param name="SealedRows">Rows verified before the walk ended (all sealed rows when intact).</param>
/// <param name="HeadSequence">The last verified row's sequence number; with <paramref name="HeadHash"/>, note it elsewhere
/// to detect later that the tail of the chain was cut off.</param>
/// <param name="UnsealedRows">Rows not sealed yet.</param>
/// <param name="OverdueRows">Of those, the rows older than the allowed time: the sealer is not running.</param>
public sealed record AuditChainReport(
    long SealedRows, long? HeadSequence, string? HeadHash, AuditChainBreak? Break, long UnsealedRows, long OverdueRows, DateTime? OldestOverdueAt)
{
    public bool Intact => Break is null;
}
