using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.Platform.Domain;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Data;

namespace Training.Platform.Application;

/// <summary>
/// Seals and verifies the audit chain (docs/adr/0003-audit-chain.md). Requests insert rows without a sequence (cheap,
/// concurrent); sealing takes the unsealed rows in (At, Id) order, continues the chain from its head and writes
/// sequence and hash in one short transaction. Two sealers cannot fork the chain: on PostgreSQL they take turns at a
/// transaction-scoped advisory lock (on SQLite at the process's write gate), and even without it a row is updated only
/// while still unsealed (the update counts the rows it changed) and a sequence number exists once (unique index) — a
/// sealer that lost the race rolls back and the next round starts from the new head.
/// </summary>
internal sealed class AuditChain(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditChain> logger) : IAuditChain
{
    /// <summary>Rows per sealing transaction: short turns, so request writers queued behind one wait little.</summary>
    internal const int SealBatchSize = 100;

    private const int VerifyBatchSize = 5000;

    /// <summary>The PostgreSQL advisory lock key of the sealer (any constant no other code uses).</summary>
    private const long SealerLockKey = 0x5452_4155_4449_5400; // "TRAUDIT"

    public async Task<int> SealAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        int sealedNow;
        do
        {
            sealedNow = await SealBatchAsync(cancellationToken);
            total += Math.Max(sealedNow, 0);
        } while (sealedNow == SealBatchSize);
        return total;
    }

    /// <summary>Seals up to <see cref="SealBatchSize"/> rows; -1 when another sealer won a race and this one rolled back.</summary>
    private async Task<int> SealBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        // Idle rounds take no write turn and no lock.
        if (!await db.AuditLogs.AnyAsync(a => a.Sequence == null, cancellationToken)) return 0;
        // PostgreSQL: the nodes take turns, and each reads the head after its turn began. SQLite: the rows are read
        // before the write turn, which then lasts one statement — requests queue behind it for a few milliseconds; a
        // read made stale by another sealer meanwhile makes the update below miss rows or repeat a number, and roll back.
        var postgres = IsPostgreSql(db);
        var transaction = postgres ? await BeginAsync(unitOfWork, db, cancellationToken) : null;
        try
        {
            if (postgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [SealerLockKey], cancellationToken);
            var batch = await db.AuditLogs.AsNoTracking().Where(a => a.Sequence == null)
                .OrderBy(a => a.At).ThenBy(a => a.Id).Take(SealBatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return 0;
            var head = await db.AuditLogs.Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
            var sequence = head?.Sequence ?? 0;
            var previous = head?.Hash ?? AuditChainHash.Genesis;
            foreach (var row in batch)
            {
                row.Sequence = ++sequence;
                row.Hash = previous = AuditChainHash.Compute(row, previous);
            }

            transaction ??= await BeginAsync(unitOfWork, db, cancellationToken);
            int updated;
            try
            {
                updated = await db.Database.ExecuteSqlRawAsync(SealSql(db, batch.Count),
                    batch.SelectMany(r => new object[] { r.Id, r.Sequence!.Value, r.Hash! }), cancellationToken);
            }
            catch (DbException ex)
            {
                // A number another sealer gave first (unique index): ours rolls back (dispose).
                logger.LogInformation(ex, "Audit rows were sealed by another sealer meanwhile; the next round continues from the new head");
                return -1;
            }
            if (updated != batch.Count)
            {
                logger.LogInformation("Another sealer sealed {Missed} of {Count} audit rows meanwhile; rolled back, the next round continues",
                    batch.Count - updated, batch.Count);
                return -1;
            }
            await transaction.CommitAsync();
            return batch.Count;
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }

    private static async Task<UnitOfWorkTransaction> BeginAsync(UnitOfWork unitOfWork, PlatformDbContext db, CancellationToken cancellationToken)
    {
        var transaction = await unitOfWork.BeginAsync(cancellationToken);
        db.Database.UseTransaction(unitOfWork.Transaction);
        return transaction;
    }

    /// <summary>
    /// One statement for the batch: each row gets its number and hash only while still unsealed, so the count of rows
    /// updated tells whether another sealer got there first.
    /// </summary>
    private static string SealSql(PlatformDbContext db, int rows)
    {
        var table = db.Model.FindEntityType(typeof(AuditLog))!.GetTableName();
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(i => $"({{{3 * i}}}, {{{3 * i + 1}}}, {{{3 * i + 2}}})"));
        return $"""
            WITH v(id, seq, hash) AS (VALUES {values})
            UPDATE "{table}" SET "Sequence" = v.seq, "Hash" = v.hash FROM v
            WHERE "{table}"."Id" = v.id AND "{table}"."Sequence" IS NULL
            """;
    }

    public async Task<AuditChainReport> VerifyAsync(TimeSpan unsealedFor, AuditChainAnchor? anchor = null, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        long expected = 1;
        string? previous = null;
        AuditChainBreak? broken = null;
        while (broken is null)
        {
            var from = expected;
            var rows = await db.AuditLogs.AsNoTracking().Where(a => a.Sequence >= from).OrderBy(a => a.Sequence)
                .Take(VerifyBatchSize).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                broken = Check(row, expected, previous ?? AuditChainHash.Genesis);
                if (broken is null && anchor?.Sequence == expected && row.Hash != anchor.Hash)
                    broken = new AuditChainBreak(expected, row.Id,
                        $"row #{expected}, id {row.Id}: its hash is not the one noted ({anchor.Hash}): the chain was recomputed from here or before");
                if (broken is not null) break;
                previous = row.Hash;
                expected++;
            }
            if (rows.Count < VerifyBatchSize) break;
        }
        if (broken is null && anchor is not null && anchor.Sequence >= expected)
            broken = new AuditChainBreak(expected, null,
                $"the chain ends at #{expected - 1}, before the noted row #{anchor.Sequence}: its end was cut off");
        broken ??= await db.AuditLogs.AsNoTracking().Where(a => a.Sequence < 1).OrderBy(a => a.Sequence)
            .Select(a => new AuditChainBreak(a.Sequence!.Value, a.Id, "a sequence number below 1: not one the sealer gives"))
            .FirstOrDefaultAsync(cancellationToken);

        var cutoff = clock.GetUtcNow().UtcDateTime - unsealedFor;
        var unsealed = await db.AuditLogs.CountAsync(a => a.Sequence == null, cancellationToken);
        var overdue = db.AuditLogs.Where(a => a.Sequence == null && a.At < cutoff);
        var overdueCount = await overdue.CountAsync(cancellationToken);
        var oldest = overdueCount == 0 ? (DateTime?)null : await overdue.MinAsync(a => a.At, cancellationToken);
        return new AuditChainReport(expected - 1, expected > 1 ? expected - 1 : null, previous, broken, unsealed, overdueCount, oldest);
    }

    private static AuditChainBreak? Check(AuditLog row, long expected, string previousHash)
    {
        if (row.Sequence != expected)
            return new AuditChainBreak(expected, null,
                $"row #{expected} is missing (deleted, or its number changed): the next row is #{row.Sequence}, id {row.Id}");
        if (row.Hash != AuditChainHash.Compute(row, previousHash))
            return new AuditChainBreak(expected, row.Id,
                $"row #{expected}, id {row.Id}: its hash does not match its fields and the previous row's hash (changed, or moved)");
        return null;
    }

    private static bool IsPostgreSql(DbContext db) => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
}
