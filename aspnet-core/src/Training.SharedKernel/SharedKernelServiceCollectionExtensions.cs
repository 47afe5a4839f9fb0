using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Http;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Settings;

namespace Training.SharedKernel;

public static class SharedKernelServiceCollectionExtensions
{
    public static IServiceCollection AddSharedKernel(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IErrorCatalog, CommonErrorCatalog>();
        services.AddSingleton<ErrorLocalizer>();
        services.AddSingleton<ProblemFactory>();
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, EndpointNamesAuthorizationHandler>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<ModuleDbContextServices>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxProcessor>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton<AuditTrail>(); // its writer is hosted by the module that owns the table (Platform)
        services.AddSingleton<ValidationFilter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddSingleton<ISettingDefinitionProvider, FileSettingDefinitions>();
        services.AddSingleton<ISettingDefinitionProvider, DocumentSettingDefinitions>();
        services.AddScoped<UploadReader>();
        services.AddSingleton<ISettingDefinitionProvider, ImportSettingDefinitions>();
        services.AddScoped<ImportReader>();
        return services;
    }
}
