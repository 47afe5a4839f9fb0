using Training.SharedKernel.Data;
using Training.SharedKernel.Modularity;

namespace Training.HttpApi.Host.Jobs;

/// <summary>Deletes delivered outbox events older than 7 days. Safe to run twice: the second run finds nothing.</summary>
public sealed class OutboxCleanupJob(OutboxProcessor outbox, TimeProvider clock, ILogger<OutboxCleanupJob> logger) : IRecurringJob
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(7);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var deleted = await outbox.DeleteDeliveredBeforeAsync(clock.GetUtcNow().UtcDateTime - KeepFor, cancellationToken);
        logger.LogInformation("Outbox clean-up removed {Count} delivered events", deleted);
    }
}
