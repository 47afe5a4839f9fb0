using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Modularity;

namespace Training.Bench;

/// <summary>
/// The bench's job queue: jobs the import queues or schedules for later (a multi-clock hall's absences, judged minutes
/// after a file) are kept, and run when the bench says so — inside the timed work, as the host's worker would run them.
/// </summary>
internal sealed class DeferredJobs(IServiceScopeFactory scopes) : IBackgroundJobQueue
{
    private readonly List<Func<IServiceProvider, Task>> _queued = [];

    public string Enqueue<TJob, TArgs>(TArgs args) where TJob : IBackgroundJob<TArgs> => Keep<TJob, TArgs>(args);

    public string Schedule<TJob, TArgs>(TArgs args, TimeSpan delay) where TJob : IBackgroundJob<TArgs> => Keep<TJob, TArgs>(args);

    private string Keep<TJob, TArgs>(TArgs args) where TJob : IBackgroundJob<TArgs>
    {
        lock (_queued) _queued.Add(sp => sp.GetRequiredService<TJob>().RunAsync(args, CancellationToken.None));
        return _queued.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the jobs kept so far, each in a scope of its own, in the order they came; answers how many ran.</summary>
    public async Task<int> RunAllAsync()
    {
        List<Func<IServiceProvider, Task>> jobs;
        lock (_queued)
        {
            jobs = [.. _queued];
            _queued.Clear();
        }
        foreach (var job in jobs)
        {
            await using var scope = scopes.CreateAsyncScope();
            await job(scope.ServiceProvider);
        }
        return jobs.Count;
    }
}
