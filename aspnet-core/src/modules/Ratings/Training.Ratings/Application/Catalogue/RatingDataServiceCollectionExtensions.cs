using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Bulletins.Kinds;
using Training.Ratings.Application.Disclosure;
using Training.Ratings.Application.Statistics;
using Training.Ratings.Bulletins;
using Training.Ratings.Seeding;
using Training.SharedKernel.Data;
using Training.SharedKernel.Http;

namespace Training.Ratings.Application.Catalogue;

public static class RatingDataServiceCollectionExtensions
{
    /// <summary>The public disclosure page's rate limit (per client address).</summary>
    public const string DisclosureRateLimit = "ratings-disclosure";

    /// <summary>
    /// The catalogue (tags, matters, surveys, service efficiency), the dashboard, the integration service, the public
    /// disclosure page, the monthly bad-rating bulletin and the seeders (tags always, demo data with the demo).
    /// </summary>
    public static IServiceCollection AddRatingData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IndicatorTagService>();
        services.AddScoped<MatterService>();
        services.AddScoped<MatterImportService>();
        services.AddScoped<HallUnits>();
        services.AddScoped<SurveyService>();
        services.AddScoped<SurveyImportService>();
        services.AddScoped<ServiceRecordWriter>();
        services.AddScoped<ServiceRecordService>();
        services.AddScoped<ServiceRecordImportService>();
        services.AddScoped<ServiceRecordPushService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<IRatingIntegrationService, RatingIntegrationService>();
        services.AddMemoryCache();
        services.AddScoped<DisclosureService>();
        services.AddPerClientRateLimit(DisclosureRateLimit, configuration.GetValue("Ratings:DisclosureRateLimitPerMinute", 60));
        services.AddBulletinKind<BadRatingBulletinKind>();
        services.AddScoped<IDataSeeder, IndicatorTagSeeder>();
        services.AddScoped<IDataSeeder, RatingsDemoDataSeeder>();
        return services;
    }
}
