using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Home;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Settings;
using Training.Unresolved.Application.Cases;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Application.Deadlines;
using Training.Unresolved.Application.Forms;
using Training.Unresolved.Application.Receivers;
using Training.Unresolved.Application.Roster;
using Training.Unresolved.Application.Transfers;
using Training.Unresolved.Application.Workbench;
using Training.Unresolved.EntityFrameworkCore;
using Training.Unresolved.HttpApi;
using Training.Unresolved.Jobs;
using Training.Unresolved.Seeding;

namespace Training.Unresolved;

/// <summary>
/// 办不成事 (Unresolved matters): intake at the 办不成事 window, hotline or online; classified handling with the guide on
/// duty as first responsible person; transfers to departments, townships and 市便民服务中心 with their liaisons; working-day
/// deadlines; follow-up and escalation to 效能督查科; the complainant kept from the unit complained about. A module of its
/// own (not Supervision's): its lifecycle, its people and one confidentiality rule on every route under one URL prefix.
/// </summary>
public sealed class UnresolvedModule : TrainingModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, UnresolvedPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, UnresolvedErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, UnresolvedSettingDefinitions>();
        services.AddModuleDbContext<UnresolvedDbContext>();
        services.AddScoped<UnresolvedOverviewService>();
        services.AddScoped<CaseCaller>();
        services.AddScoped<UnresolvedDeadlines>();
        services.AddScoped<CaseNotifier>();
        services.AddScoped<CaseNames>();
        services.AddScoped<CaseDetails>();
        services.AddScoped<CaseQueryService>();
        services.AddScoped<CaseIntakeService>();
        services.AddScoped<CaseWorkflowService>();
        services.AddScoped<TransferService>();
        services.AddScoped<ReceiverService>();
        services.AddScoped<RosterService>();
        services.AddScoped<WorkbenchService>();
        services.AddUnresolvedForms();
        services.AddScoped<OverdueDeadlineRun>();
        services.AddScoped<OverdueDeadlinesJob>();
        services.AddScoped<IHomeItemProvider, UnresolvedHomeItems>();
        services.AddScoped<IDataSeeder, UnresolvedDemoDataSeeder>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureUnresolvedModule();

    public override IEnumerable<RecurringJobDefinition> RecurringJobs => UnresolvedJobs.Recurring;

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapUnresolvedEndpoints();
}
