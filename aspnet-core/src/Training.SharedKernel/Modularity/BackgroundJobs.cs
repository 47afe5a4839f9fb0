namespace Training.SharedKernel.Modularity;

/// <summary>
/// A one-off background job (a punch file, a report): <c>*Job</c> taking <c>*Args</c>, resolved from the container for
/// each run. Safe to run twice — the queue retries a job that failed or whose node died.
/// </summary>
public interface IBackgroundJob<in TArgs>
{
    Task RunAsync(TArgs args, CancellationToken cancellationToken);
}

/// <summary>Queues one-off jobs (Hangfire in the host): one job per file or batch, never one per row.</summary>
public interface IBackgroundJobQueue
{
    /// <summary>Queues <typeparamref name="TJob"/> with <paramref name="args"/> (serialised as JSON); answers the job's id.</summary>
    string Enqueue<TJob, TArgs>(TArgs args) where TJob : IBackgroundJob<TArgs>;

    /// <summary>Queues <typeparamref name="TJob"/> to run once <paramref name="delay"/> has passed; answers the job's id.</summary>
    string Schedule<TJob, TArgs>(TArgs args, TimeSpan delay) where TJob : IBackgroundJob<TArgs>;
}
