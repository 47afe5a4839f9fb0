using Microsoft.Extensions.DependencyInjection;
using Training.Ratings.Application.CitizenData;
using Training.SharedKernel.Modularity;

namespace Training.Ratings.Jobs;

/// <summary>Daily at 03:40 Asia/Shanghai: deletes citizens' data past its retention period. Safe to run twice.</summary>
public sealed class CitizenDataRetentionJob(IServiceScopeFactory scopes) : IRecurringJob
{
    public const string RecurringId = "ratings-citizen-data-retention";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CitizenDataRetention>().RunAsync(cancellationToken);
    }

    Task IRecurringJob.RunAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
