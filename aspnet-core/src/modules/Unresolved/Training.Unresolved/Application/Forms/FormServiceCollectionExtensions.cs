using Microsoft.Extensions.DependencyInjection;
using Training.Unresolved.Application.Integration;
using Training.Unresolved.Application.ProblemList;
using Training.Unresolved.Application.Statistics;

namespace Training.Unresolved.Application.Forms;

public static class FormServiceCollectionExtensions
{
    /// <summary>What Unresolved prints and reports: the forms, the problem list, the statistics, and the integration service.</summary>
    public static IServiceCollection AddUnresolvedForms(this IServiceCollection services)
    {
        services.AddScoped<FormPrinter>();
        services.AddScoped<ProblemListService>();
        services.AddScoped<ProblemListExport>();
        services.AddScoped<UnresolvedStatisticsService>();
        services.AddScoped<IUnresolvedIntegrationService, UnresolvedIntegrationService>();
        return services;
    }
}
