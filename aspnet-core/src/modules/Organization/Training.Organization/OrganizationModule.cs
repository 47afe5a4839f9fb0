using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Training.Organization.Application;
using Training.Organization.EntityFrameworkCore;
using Training.Organization.HttpApi;
using Training.Organization.Import;
using Training.Organization.Seeding;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;

namespace Training.Organization;

/// <summary>Halls, units, windows, staff, assignments, leads and the work calendar; owns the data scope.</summary>
public sealed class OrganizationModule : TrainingModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, OrganizationPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, OrganizationErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, OrganizationSettingDefinitions>();
        services.AddModuleDbContext<OrganizationDbContext>();
        services.AddScoped<IDataScopeProvider, DataScopeProvider>();
        // Learning replaces this with the pre-job certificate rule.
        services.TryAddScoped<IWindowPostEligibility, AllowAllWindowPostEligibility>();
        services.AddScoped<IWorkCalendar, WorkCalendar>();
        services.AddScoped<IStaffIntegrationService, StaffIntegrationService>();
        services.AddScoped<IWindowPostIntegrationService, WindowPostIntegrationService>();
        services.AddScoped<IStructureIntegrationService, StructureIntegrationService>();
        services.AddScoped<PostBackupService>();
        services.AddScoped<StructureService>();
        services.AddScoped<StaffService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<WindowPostGate>();
        services.AddScoped<LeadershipService>();
        services.AddScoped<CalendarService>();
        services.AddScoped<StaffImportService>();
        services.AddScoped<IDataSeeder, OrganizationDemoDataSeeder>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureOrganizationModule();

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapStructureEndpoints();
        app.MapStaffEndpoints();
        app.MapPostBackupEndpoints();
        app.MapCalendarEndpoints();
    }
}
