using Microsoft.Extensions.DependencyInjection;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.Attendance.Application.PunchFiles;

internal static class PunchFileServiceCollectionExtensions
{
    /// <summary>The punch file area: its errors and settings, the upload and history service, the job and its runner.</summary>
    public static IServiceCollection AddPunchFiles(this IServiceCollection services)
    {
        services.AddSingleton<IErrorCatalog, AttendancePunchFileErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, AttendancePunchFileSettingDefinitions>();
        services.AddScoped<PunchFileDevices>();
        services.AddScoped<PunchImportService>();
        services.AddScoped<PunchColumnMappingService>();
        services.AddScoped<PunchListService>();
        services.AddScoped<PunchImportRunner>();
        services.AddScoped<PunchImportJob>();
        return services;
    }
}
