using Hangfire;
using Training.SharedKernel.Modularity;

namespace Training.HttpApi.Host.Jobs;

/// <summary>Modules' one-off jobs on the host's Hangfire storage; Hangfire passes the job's own token in place of None.</summary>
internal sealed class HangfireJobQueue(IBackgroundJobClient client) : IBackgroundJobQueue
{
    public string Enqueue<TJob, TArgs>(TArgs args) where TJob : IBackgroundJob<TArgs> =>
        client.Enqueue<TJob>(job => job.RunAsync(args, CancellationToken.None));

    public string Schedule<TJob, TArgs>(TArgs args, TimeSpan delay) where TJob : IBackgroundJob<TArgs> =>
        client.Schedule<TJob>(job => job.RunAsync(args, CancellationToken.None), delay);
}
