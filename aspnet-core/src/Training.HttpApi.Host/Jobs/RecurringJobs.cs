using Hangfire;
using Training.SharedKernel.Time;

namespace Training.HttpApi.Host.Jobs;

/// <summary>Recurring jobs, on Asia/Shanghai time. AddOrUpdate by a fixed id, so several nodes never duplicate them.</summary>
internal static class RecurringJobs
{
    public static void Register(IServiceProvider services)
    {
        var manager = services.GetService<IRecurringJobManager>();
        if (manager is null) return;
        var shanghai = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(BusinessDates.DefaultTimeZone) };
        manager.AddOrUpdate<OutboxCleanupJob>("outbox-cleanup", job => job.RunAsync(CancellationToken.None), "30 3 * * *", shanghai);
        manager.AddOrUpdate<Training.Learning.Jobs.ExamSweepJob>(Training.Learning.Jobs.ExamSweepJob.RecurringId,
            job => job.RunAsync(CancellationToken.None), Cron.Minutely(), shanghai);
        manager.AddOrUpdate<Training.Learning.Jobs.CertificateReminderJob>(Training.Learning.Jobs.CertificateReminderJob.RecurringId,
            job => job.RunAsync(CancellationToken.None), "0 8 * * *", shanghai);
    }
}
