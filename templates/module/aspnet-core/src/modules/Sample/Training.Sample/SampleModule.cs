using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Sample.Application;
using Training.Sample.EntityFrameworkCore;
using Training.Sample.HttpApi;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Modularity;

namespace Training.Sample;

/// <summary>示例模块 (Sample module): what it is for, in one line.</summary>
public sealed class SampleModule : TrainingModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, SamplePermissionDefinitions>();
        services.AddModuleDbContext<SampleDbContext>();
        services.AddScoped<SampleOverviewService>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureSampleModule();

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapSampleEndpoints();
}
