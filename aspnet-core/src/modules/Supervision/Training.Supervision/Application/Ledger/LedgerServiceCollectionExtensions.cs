using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Home;
using Training.Supervision.Jobs;

namespace Training.Supervision.Application.Ledger;

/// <summary>The rectification ledger's registrations: board and detail, self-checks and progress, reviews, the deadline job, home to-dos.</summary>
internal static class LedgerServiceCollectionExtensions
{
    public static IServiceCollection AddSupervisionLedger(this IServiceCollection services)
    {
        services.AddScoped<LedgerCaller>();
        services.AddScoped<LedgerRules>();
        services.AddScoped<LedgerBoard>();
        services.AddScoped<LedgerDetails>();
        services.AddScoped<LedgerQueryService>();
        services.AddScoped<LedgerNotifier>();
        services.AddScoped<LedgerWorkflowService>();
        services.AddScoped<LedgerReviewService>();
        services.AddScoped<LedgerDeadlineRun>();
        services.AddScoped<IHomeItemProvider, LedgerHomeItems>();
        services.AddScoped<LedgerDeadlinesJob>();
        return services;
    }
}
