using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Bulletins.Application;
using Training.Bulletins.EntityFrameworkCore;
using Training.Bulletins.HttpApi;
using Training.Bulletins.Jobs;
using Training.Bulletins.Kinds;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Home;
using Training.SharedKernel.Http;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Settings;

namespace Training.Bulletins;

/// <summary>
/// 通报 (Bulletins): numbering, publishing, scheduling, storage and public verification of PDF bulletins. It knows no
/// other module: the modules that own the data register their kinds (<see cref="IBulletinKind"/>) and ask for drafts
/// when their periods close (<see cref="IBulletinRequests"/>).
/// </summary>
public sealed class BulletinsModule : TrainingModule
{
    public const string VerifyRateLimit = "documents-verify";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, BulletinsPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, BulletinsErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, BulletinSettingDefinitions>();
        services.AddPerClientRateLimit(VerifyRateLimit, configuration.GetValue("Bulletins:VerifyRateLimitPerMinute", 30));
        services.AddModuleDbContext<BulletinsDbContext>();
        services.AddScoped<BulletinKindRegistry>();
        services.AddScoped<BulletinAccess>();
        services.AddScoped<IssuingBodies>();
        services.AddScoped<BulletinPrinter>();
        services.AddScoped<BulletinProgressWriter>();
        services.AddScoped<BulletinDrafts>();
        services.AddScoped<IBulletinRequests>(sp => sp.GetRequiredService<BulletinDrafts>());
        services.AddScoped<BulletinPublisher>();
        services.AddScoped<BulletinService>();
        services.AddScoped<BulletinSchedules>();
        services.AddScoped<IScheduledJobSource>(sp => sp.GetRequiredService<BulletinSchedules>());
        services.AddScoped<DocumentVerificationService>();
        services.AddScoped<IHomeItemProvider, BulletinHomeItems>();
        services.AddScoped<RenderBulletinJob>();
        services.AddScoped<BulletinScheduleJob>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureBulletinsModule();

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapBulletinsEndpoints();
}
