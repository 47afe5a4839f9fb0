using Training.SharedKernel.Modularity;

namespace Training.Ratings.Jobs;

/// <summary>The bad-rating loop's recurring jobs, listed once for the module's descriptor.</summary>
internal static class RatingLoopJobs
{
    public static IEnumerable<RecurringJobDefinition> Recurring =>
    [
        RecurringJobDefinition.For<OverdueCasesJob>(OverdueCasesJob.RecurringId, "5 * * * *"),
        RecurringJobDefinition.For<CitizenDataRetentionJob>(CitizenDataRetentionJob.RecurringId, "40 3 * * *"),
    ];
}
