using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Ratings.Application.Cases;
using Training.Ratings.Application.Catalogue;
using Training.Ratings.Application.Common;
using Training.Ratings.Application.Ingestion;
using Training.Ratings.EntityFrameworkCore;
using Training.Ratings.HttpApi;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Http;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Settings;

namespace Training.Ratings;

/// <summary>
/// 好差评 (Ratings): citizens' ratings from window pads and QR codes, the bad-rating loop (verify → call back → rectify →
/// reply → follow-up), appeals, public disclosure, third-party surveys and service efficiency; facts for appraisals.
/// </summary>
public sealed class RatingsModule : TrainingModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, RatingsPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, RatingsErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, RatingsSettingDefinitions>();
        services.AddModuleDbContext<RatingsDbContext>();
        services.AddScoped<CaseDeadlines>();
        services.AddRatingLoop(configuration);
        services.AddRatingDevicePushRateLimit(configuration.GetValue("Ratings:DevicePushPerMinute", 3000));
        services.AddPerClientRateLimit(HttpApi.IngestionEndpoints.PublicPolicy, configuration.GetValue("Ratings:PublicPerMinute", 600));
        services.AddRatingIngestion();
        services.AddRatingData(configuration);
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureRatingsModule();

    public override IEnumerable<RecurringJobDefinition> RecurringJobs => Jobs.RatingLoopJobs.Recurring;

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapRatingsEndpoints();
}
