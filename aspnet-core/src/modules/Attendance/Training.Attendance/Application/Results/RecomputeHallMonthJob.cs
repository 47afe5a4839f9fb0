using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Training.Attendance.Application.Results;

public sealed record RecomputeHallMonthArgs(Guid HallId, int Year, int Month);

/// <summary>
/// Recomputes one hall's month in the background (a calendar change across many dates, a timetable change, a reopen):
/// one job per hall × month, never one per person or day. Safe to run twice: it replaces the same rows with the same
/// results.
/// </summary>
public sealed class RecomputeHallMonthJob(IServiceScopeFactory scopes)
{
    public async Task RunAsync(RecomputeHallMonthArgs args, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var first = new DateOnly(args.Year, args.Month, 1);
        await scope.ServiceProvider.GetRequiredService<HallMonthRecompute>()
            .RecomputeAsync(args.HallId, first, first.AddMonths(1).AddDays(-1), cancellationToken: cancellationToken);
    }

    /// <summary>Queues the job for each hall-month.</summary>
    public static void Enqueue(IBackgroundJobClient jobs, IEnumerable<RecomputeHallMonthArgs> months)
    {
        foreach (var month in months.Distinct())
            jobs.Enqueue<RecomputeHallMonthJob>(job => job.RunAsync(month, CancellationToken.None));
    }
}
