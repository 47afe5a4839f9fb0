using Hangfire;
using Hangfire.Common;
using Training.EntityFrameworkCore;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Time;

namespace Training.HttpApi.Host.Jobs;

/// <summary>
/// Recurring jobs of the host and of every module's descriptor, on Asia/Shanghai time. AddOrUpdate by a fixed id, so
/// several nodes never duplicate them; then the schedules modules keep in their own tables (<see cref="IScheduledJobSource"/>).
/// </summary>
internal static class RecurringJobs
{
    public static void Register(IServiceProvider services)
    {
        var manager = services.GetService<IRecurringJobManager>();
        if (manager is null) return;
        var shanghai = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(BusinessDates.DefaultTimeZone) };
        var jobs = TrainingModules.All.SelectMany(m => m.RecurringJobs)
            .Prepend(RecurringJobDefinition.For<OutboxCleanupJob>("outbox-cleanup", "30 3 * * *"));
        foreach (var job in jobs) manager.AddOrUpdate(job.Id, JobFor(job.JobType), job.Cron, shanghai);

        // Schedules the modules keep in their tables (a bulletin kind's cron): read once at start, after migrating.
        using var scope = services.CreateScope();
        foreach (var source in scope.ServiceProvider.GetServices<IScheduledJobSource>())
            source.RegisterAsync(CancellationToken.None).GetAwaiter().GetResult(); // start-up, before requests
    }

    /// <summary>The job type's public RunAsync(CancellationToken); Hangfire passes the job's own token in its place.</summary>
    public static Job JobFor(Type jobType)
    {
        var run = jobType.GetMethod(nameof(IRecurringJob.RunAsync), [typeof(CancellationToken)])
                  ?? throw new InvalidOperationException($"{jobType} has no public RunAsync(CancellationToken).");
        return new Job(jobType, run, CancellationToken.None);
    }
}
