using Cronos;
using Hangfire;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Time;

namespace Training.HttpApi.Host.Jobs;

/// <summary>Modules' database-kept schedules as Hangfire recurring jobs (by stable id, on Asia/Shanghai time).</summary>
internal sealed class HangfireRecurringJobScheduler(IServiceProvider services) : IRecurringJobScheduler
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById(BusinessDates.DefaultTimeZone);

    // Resolved at use: without Hangfire storage (a migrator) there is nothing to schedule on.
    private IRecurringJobManager? Manager => services.GetService<IRecurringJobManager>();

    public void AddOrUpdate<TJob, TArgs>(string id, TArgs args, string cron) where TJob : IBackgroundJob<TArgs> =>
        Manager?.AddOrUpdate<TJob>(id, job => job.RunAsync(args, CancellationToken.None), cron, new RecurringJobOptions { TimeZone = Shanghai });

    public void Remove(string id) => Manager?.RemoveIfExists(id);

    public bool IsValid(string cron)
    {
        try
        {
            CronExpression.Parse(cron);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    public IReadOnlyList<DateTime> NextRuns(string cron, DateTime afterUtc, int count)
    {
        var expression = CronExpression.Parse(cron);
        var runs = new List<DateTime>(count);
        var from = DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc);
        while (runs.Count < count && expression.GetNextOccurrence(from, Shanghai) is { } next)
        {
            runs.Add(next);
            from = next;
        }
        return runs;
    }
}
