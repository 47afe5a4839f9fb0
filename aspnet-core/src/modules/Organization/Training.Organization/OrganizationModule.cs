using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Training.Organization.Application;
using Training.Organization.EntityFrameworkCore;
using Training.Organization.HttpApi;
using Training.Organization.Import;
using Training.Organization.Seeding;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;

namespace Training.Organization;

/// <summary>Halls, units, windows, staff, assignments, leads and the work calendar; owns the data scope.</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganizationModule(this IServiceCollection services)
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
        services.AddScoped<StructureService>();
        services.AddScoped<StaffService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<LeadershipService>();
        services.AddScoped<CalendarService>();
        services.AddScoped<StaffImportService>();
        services.AddScoped<IDataSeeder, OrganizationDemoDataSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrganizationModule(this IEndpointRouteBuilder app)
    {
        app.MapStructureEndpoints();
        app.MapStaffEndpoints();
        app.MapCalendarEndpoints();
        return app;
    }
}
