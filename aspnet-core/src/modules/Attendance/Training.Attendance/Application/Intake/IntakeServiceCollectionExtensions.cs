using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance.HttpApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Application.Intake;

internal static class IntakeServiceCollectionExtensions
{
    /// <summary>Devices, their users, the punch writer, the device API and clock corrections.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IErrorCatalog, AttendanceIntakeErrorCatalog>();
        // The results area registers the real reader of month closes; this one only fills in while it does not.
        services.TryAddScoped<IAttendanceMonthLock, NoMonthClosedYet>();
        services.AddScoped<IPunchWriter, PunchWriter>();
        services.AddScoped<IDeviceUserResolver, DeviceUserResolver>();
        services.AddScoped<DeviceService>();
        services.AddScoped<DeviceUserService>();
        services.AddScoped<DeviceUserImportService>();
        services.AddScoped<ClockCorrectionService>();
        services.AddScoped<DevicePushService>();
        services.AddScoped<PostStatusPushService>();
        services.AddDevicePushRateLimit(configuration.GetValue("Attendance:DevicePushRateLimitPerMinute", 120));
        return services;
    }
}
