using Microsoft.Extensions.DependencyInjection;
using Training.Contests.Application.Entries;
using Training.SharedKernel.Modularity;

namespace Training.Contests.Jobs;

/// <summary>
/// Recurring (every five minutes): closes the entry of every announced contest whose entry window has ended and draws its
/// numbers — the organiser's close, done for them. Safe to run twice and beside an organiser closing at the same moment.
/// </summary>
public sealed class EntryWindowCloseJob(IServiceScopeFactory scopes) : IRecurringJob
{
    public const string RecurringId = "contests-entry-window-close";
    public const string Cron = "*/5 * * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EntryDraw>().CloseEndedWindowsAsync(cancellationToken);
    }

    Task IRecurringJob.RunAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
