using Microsoft.Extensions.DependencyInjection;
using Training.Bulletins.Kinds;
using Training.SharedKernel.Data;
using Training.Supervision.Application.Statistics;
using Training.Supervision.Bulletins;
using Training.Supervision.Seeding;

namespace Training.Supervision.Application.Integration;

public static class SupervisionDataServiceCollectionExtensions
{
    /// <summary>What Supervision gives others and reports: the integration service, the statistics, the two bulletins and the demo data.</summary>
    public static IServiceCollection AddSupervisionData(this IServiceCollection services)
    {
        services.AddScoped<ISupervisionIntegrationService, SupervisionIntegrationService>();
        services.AddScoped<SupervisionStatisticsService>();
        services.AddBulletinKind<MonthlySupervisionBulletinKind>();
        services.AddBulletinKind<LedgerBulletinKind>();
        services.AddScoped<IDataSeeder, SupervisionDemoDataSeeder>();
        return services;
    }
}
