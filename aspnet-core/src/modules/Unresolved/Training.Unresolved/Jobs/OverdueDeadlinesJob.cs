using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Modularity;
using Training.Unresolved.Application.Deadlines;

namespace Training.Unresolved.Jobs;

/// <summary>Daily at 07:20 Asia/Shanghai: flags overdue deadlines and tells their owners, once each. Safe to run twice.</summary>
public sealed class OverdueDeadlinesJob(IServiceScopeFactory scopes) : IRecurringJob
{
    public const string RecurringId = "unresolved-overdue-deadlines";

    /// <summary>Answers how many deadlines this run flagged.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OverdueDeadlineRun>().RunAsync(cancellationToken);
    }

    Task IRecurringJob.RunAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}

/// <summary>Unresolved's recurring jobs, listed once for the module's descriptor.</summary>
internal static class UnresolvedJobs
{
    public static IEnumerable<RecurringJobDefinition> Recurring =>
    [
        RecurringJobDefinition.For<OverdueDeadlinesJob>(OverdueDeadlinesJob.RecurringId, "20 7 * * *"),
    ];
}
