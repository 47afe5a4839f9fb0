using Microsoft.Extensions.DependencyInjection;
using Training.Learning.Application;
using Training.SharedKernel.Modularity;

namespace Training.Learning.Jobs;

/// <summary>
/// Recurring (every minute): closes and grades attempts whose deadline plus grace has passed and that nobody touched
/// again. Safe to run twice; one Hangfire job per run, never one per attempt.
/// </summary>
public sealed class ExamSweepJob(IServiceScopeFactory scopes) : IRecurringJob
{
    public const string RecurringId = "learning-exam-sweep";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AttemptService>().SweepAsync(cancellationToken);
    }

    Task IRecurringJob.RunAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
