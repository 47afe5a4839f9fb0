using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Modularity;
using Training.Supervision.Application.Ledger;

namespace Training.Supervision.Jobs;

/// <summary>Daily at 07:10 Asia/Shanghai: stamps 拖而不改 items and reminds units of deadlines, each once. Safe to run twice.</summary>
public sealed class LedgerDeadlinesJob(IServiceScopeFactory scopes) : IRecurringJob
{
    public const string RecurringId = "supervision-ledger-deadlines";

    /// <summary>Answers how many items were stamped overdue and how many reminded by this run.</summary>
    public async Task<(int StampedOverdue, int Reminded)> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<LedgerDeadlineRun>().RunAsync(cancellationToken);
        return (outcome.StampedOverdue, outcome.Reminded);
    }

    Task IRecurringJob.RunAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
