using Microsoft.Extensions.DependencyInjection;
using Training.Learning.Application;
using Training.SharedKernel.Modularity;

namespace Training.Learning.Jobs;

/// <summary>Daily at 08:00 Asia/Shanghai: expiry reminders and expiry notices. Safe to run twice (each notice once).</summary>
public sealed class CertificateReminderJob(IServiceScopeFactory scopes) : IRecurringJob
{
    public const string RecurringId = "learning-certificate-reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CertificateNotifier>().RunDailyAsync(cancellationToken);
    }

    Task IRecurringJob.RunAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
