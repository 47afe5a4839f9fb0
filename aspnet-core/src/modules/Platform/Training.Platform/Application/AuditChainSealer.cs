using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Training.SharedKernel.Auditing;

namespace Training.Platform.Application;

/// <summary>
/// One per node: seals the audit rows written since the last round every <c>Audit:SealSeconds</c> (2), off the request
/// path, and once more when the node stops (after the server has finished its requests). Several nodes take turns.
/// </summary>
internal sealed class AuditChainSealer(IAuditChain chain, TimeSpan interval, ILogger<AuditChainSealer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await chain.SealAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sealing the audit log failed; the next round tries again");
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await chain.SealAsync(cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The final seal of the audit log failed; the next start (or another node) seals the rest");
        }
    }
}
