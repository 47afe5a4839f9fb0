using Training.SharedKernel.Modularity;

namespace Training.Supervision.Jobs;

/// <summary>Supervision's recurring jobs, listed once for the module's descriptor.</summary>
internal static class SupervisionJobs
{
    public static IEnumerable<RecurringJobDefinition> Recurring =>
    [
        RecurringJobDefinition.For<LedgerDeadlinesJob>(LedgerDeadlinesJob.RecurringId, "10 7 * * *"),
    ];
}
