using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.Platform.Application;
using Training.Platform.EntityFrameworkCore;
using Training.Platform.HttpApi;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Notifications;
using Training.SharedKernel.Settings;

namespace Training.Platform;

/// <summary>Settings, file storage, the notification inbox and the audit log: services every module uses.</summary>
public sealed class PlatformModule : TrainingModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, PlatformPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, PlatformErrorCatalog>();
        services.AddModuleDbContext<PlatformDbContext>();
        services.AddSingleton<SettingRegistry>();
        services.AddScoped<ISettingProvider, SettingProvider>();
        services.AddScoped<SettingService>();
        services.Configure<FileStorageOptions>(configuration.GetSection("Files"));
        services.AddScoped<IFileStorage, DatabaseFileStorage>();
        services.AddScoped<NotificationService>();
        services.AddScoped<INotificationSender>(sp => sp.GetRequiredService<NotificationService>());
        services.AddScoped<AuditLogService>();
        services.AddScoped<IAuditLogWriter>(sp => sp.GetRequiredService<AuditLogService>());
        services.AddSingleton<IAuditChain, AuditChain>();
        services.AddHostedService(sp => new AuditChainSealer(sp.GetRequiredService<IAuditChain>(),
            TimeSpan.FromSeconds(configuration.GetValue("Audit:SealSeconds", 2.0)), sp.GetRequiredService<ILogger<AuditChainSealer>>()));
        // After the sealer: hosted services stop in reverse, so the queued lines are written before its last round.
        services.AddHostedService<AuditTrailWriter>();
        services.AddScoped<HomeService>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigurePlatformModule();

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapPlatformEndpoints();
    }
}
