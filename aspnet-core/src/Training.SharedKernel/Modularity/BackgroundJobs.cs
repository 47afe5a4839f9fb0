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

/// <summary>
/// Recurring jobs whose schedule lives in the database, where a manager edits it (a bulletin kind's cron): registered by a
/// stable id, so every node registering the same id at start leaves one job. Cron on Asia/Shanghai time.
/// </summary>
public interface IRecurringJobScheduler
{
    void AddOrUpdate<TJob, TArgs>(string id, TArgs args, string cron) where TJob : IBackgroundJob<TArgs>;

    void Remove(string id);

    /// <summary>Whether <paramref name="cron"/> is a five-field cron expression the scheduler understands.</summary>
    bool IsValid(string cron);

    /// <summary>The next <paramref name="count"/> times (UTC) <paramref name="cron"/> fires after <paramref name="afterUtc"/>, on Asia/Shanghai time.</summary>
    IReadOnlyList<DateTime> NextRuns(string cron, DateTime afterUtc, int count);
}

/// <summary>A module's recurring jobs from its own tables, registered when the host starts (after migrating).</summary>
public interface IScheduledJobSource
{
    /// <summary>Registers the source's jobs through the <see cref="IRecurringJobScheduler"/> it was given.</summary>
    Task RegisterAsync(CancellationToken cancellationToken);
}
