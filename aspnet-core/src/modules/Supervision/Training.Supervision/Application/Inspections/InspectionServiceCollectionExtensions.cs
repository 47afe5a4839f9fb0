using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Data;
using Training.SharedKernel.Home;
using Training.Supervision.Application.Catalogue;
using Training.Supervision.Application.Findings;
using Training.Supervision.Seeding;

namespace Training.Supervision.Application.Inspections;

/// <summary>The catalogue, inspections, walk-throughs, findings, photos and disputes: their services, seeder and home item.</summary>
internal static class InspectionServiceCollectionExtensions
{
    public static IServiceCollection AddSupervisionInspections(this IServiceCollection services)
    {
        services.AddScoped<CatalogueService>();
        services.AddScoped<IDataSeeder, CatalogueSeeder>();
        services.AddScoped<InspectionCaller>();
        services.AddScoped<SupervisionNames>();
        services.AddScoped<InspectionQueryService>();
        services.AddScoped<InspectionService>();
        services.AddScoped<TargetService>();
        services.AddScoped<SupervisionReasonRule>();
        services.AddScoped<FindingRows>();
        services.AddScoped<FindingQueryService>();
        services.AddScoped<FindingNotifier>();
        services.AddScoped<FindingRecorder>();
        services.AddScoped<FindingPhotoService>();
        services.AddScoped<FindingDisputeService>();
        services.AddScoped<IHomeItemProvider, FindingHomeItems>();
        return services;
    }
}
