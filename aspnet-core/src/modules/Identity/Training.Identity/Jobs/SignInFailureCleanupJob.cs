using Microsoft.Extensions.DependencyInjection;
using Training.Identity.Application;
using Training.SharedKernel.Modularity;

namespace Training.Identity.Jobs;

/// <summary>
/// Recurring (hourly): deletes sign-in failure counts whose window and refusal are over. The throttle ignores such rows
/// anyway, so this only keeps the table small; safe to run twice (the second run finds nothing).
/// </summary>
public sealed class SignInFailureCleanupJob(IServiceScopeFactory scopes) : IRecurringJob
{
    public const string RecurringId = "identity-sign-in-failure-cleanup";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SignInThrottle>().DeleteExpiredAsync(cancellationToken);
    }

    Task IRecurringJob.RunAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
