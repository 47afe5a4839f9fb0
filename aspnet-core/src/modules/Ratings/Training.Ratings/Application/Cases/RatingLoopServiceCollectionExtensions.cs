using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Ratings.Application.Appeals;
using Training.Ratings.Application.CitizenData;
using Training.Ratings.Jobs;
using Training.SharedKernel.Home;
using Training.SharedKernel.Http;

namespace Training.Ratings.Application.Cases;

/// <summary>The bad-rating loop's registrations (workbench, public follow-up, appeals, overdue notices, citizen data retention).</summary>
internal static class RatingLoopServiceCollectionExtensions
{
    /// <summary>The citizen's follow-up link: anonymous, so limited per client address (per node).</summary>
    public const string FollowUpRateLimit = "ratings-follow-up";

    public static IServiceCollection AddRatingLoop(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPerClientRateLimit(FollowUpRateLimit, configuration.GetValue("Ratings:FollowUpRateLimitPerMinute", 30));
        services.AddScoped<CaseCaller>();
        services.AddScoped<RatingNames>();
        services.AddScoped<ReasonRule>();
        services.AddScoped<CaseRows>();
        services.AddScoped<CaseQueryService>();
        services.AddScoped<CaseWorkflowService>();
        services.AddScoped<PublicFollowUpService>();
        services.AddScoped<OverdueCaseNotifier>();
        services.AddScoped<AppealRows>();
        services.AddScoped<AppealService>();
        services.AddScoped<CitizenDataRetention>();
        services.AddScoped<IHomeItemProvider, RatingLoopHomeItems>();
        services.AddScoped<OverdueCasesJob>();
        services.AddScoped<CitizenDataRetentionJob>();
        return services;
    }
}
