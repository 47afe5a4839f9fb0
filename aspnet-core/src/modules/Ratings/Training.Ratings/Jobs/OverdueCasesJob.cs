using Microsoft.Extensions.DependencyInjection;
using Training.Ratings.Application.Cases;
using Training.SharedKernel.Modularity;

namespace Training.Ratings.Jobs;

/// <summary>Every hour, Asia/Shanghai: flags overdue bad-rating cases and tells their people once. Safe to run twice.</summary>
public sealed class OverdueCasesJob(IServiceScopeFactory scopes) : IRecurringJob
{
    public const string RecurringId = "ratings-overdue-cases";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OverdueCaseNotifier>().RunAsync(cancellationToken);
    }

    Task IRecurringJob.RunAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
