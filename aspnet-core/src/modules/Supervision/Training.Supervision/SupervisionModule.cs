using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Supervision.Application.Common;
using Training.Supervision.Application.Ledger;
using Training.Supervision.Application.Inspections;
using Training.Supervision.Application.Integration;
using Training.Supervision.EntityFrameworkCore;
using Training.Supervision.HttpApi;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Settings;

namespace Training.Supervision;

/// <summary>
/// 督查 (Supervision): inspections 明察暗访 and walk-throughs 走流程, findings and commendations against a versioned catalogue,
/// disputes, the units' rectification ledger 问题台账 with 回头看 re-checks, bulletins; facts for appraisals.
/// </summary>
public sealed class SupervisionModule : TrainingModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, SupervisionPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, SupervisionErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, SupervisionSettingDefinitions>();
        services.AddModuleDbContext<SupervisionDbContext>();
        services.AddScoped<SupervisionDeadlines>();
        services.AddScoped<LedgerOpener>();
        services.AddSupervisionLedger();
        services.AddSupervisionInspections();
        services.AddSupervisionData();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureSupervisionModule();

    public override IEnumerable<RecurringJobDefinition> RecurringJobs => Jobs.SupervisionJobs.Recurring;

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapSupervisionEndpoints();
}
