using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Auditing;

namespace Training.DbMigrator;

/// <summary>
/// <c>audit-check [--unsealed-minutes N] [--expect N:HASH]</c>: walks the audit log's hash chain (read-only) and prints
/// the result; <c>--expect</c> names a head printed by an earlier check (kept outside the database), which the chain must
/// still hold.
/// Exit code 0 when the chain is intact and no row waited longer than N minutes (1) to be sealed; 1 when the chain is
/// broken (the first broken row is named); 2 when it is intact but rows were left unsealed (no sealer running); 3 when
/// the check could not run (no database, not migrated).
/// </summary>
public static class AuditCheckCommand
{
    public const string Verb = "audit-check";
    public const int Intact = 0, Broken = 1, Unsealed = 2, NotChecked = 3;

    public sealed record Options(TimeSpan UnsealedFor, AuditChainAnchor? Anchor, string[] RemainingArgs);

    public static bool TryParse(string[] args, out Options options)
    {
        options = new Options(TimeSpan.FromMinutes(1), null, args);
        if (args.Length == 0 || args[0] != Verb) return false;
        var rest = new List<string>();
        var minutes = 1.0;
        AuditChainAnchor? anchor = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--unsealed-minutes" && i + 1 < args.Length)
                minutes = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--expect" && i + 1 < args.Length)
                anchor = AuditChainAnchor.Parse(args[++i]);
            else rest.Add(args[i]);
        }
        options = new Options(TimeSpan.FromMinutes(minutes), anchor, [.. rest]);
        return true;
    }

    public static async Task<int> RunAsync(IServiceProvider services, Options options, TextWriter output)
    {
        AuditChainReport report;
        try
        {
            report = await services.GetRequiredService<IAuditChain>().VerifyAsync(options.UnsealedFor, options.Anchor);
        }
        catch (Exception ex)
        {
            await output.WriteLineAsync($"Audit chain NOT CHECKED: {ex.Message}");
            return NotChecked;
        }
        var head = report.HeadSequence is { } sequence ? $"head {sequence}:{report.HeadHash}" : "no sealed row yet";
        if (report.Break is { } broken)
        {
            await output.WriteLineAsync($"Audit chain BROKEN at #{broken.Sequence}: {broken.Problem}");
            await output.WriteLineAsync($"Rows #1–#{report.SealedRows} verify ({head}).");
        }
        else await output.WriteLineAsync($"Audit chain intact: {report.SealedRows} rows sealed, {head}.");
        await output.WriteLineAsync(report.OverdueRows > 0
            ? $"UNSEALED: {report.OverdueRows} of {report.UnsealedRows} unsealed rows are older than {options.UnsealedFor.TotalMinutes:0.##} min (oldest {report.OldestOverdueAt:yyyy-MM-dd HH:mm:ss} UTC): is the sealer running?"
            : $"Unsealed rows: {report.UnsealedRows} (none older than {options.UnsealedFor.TotalMinutes:0.##} min).");
        return report.Break is not null ? Broken : report.OverdueRows > 0 ? Unsealed : Intact;
    }
}
