using Microsoft.Extensions.DependencyInjection;
using Training.Attendance.Seeding;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Home;
using Training.SharedKernel.Settings;

namespace Training.Attendance.Application.Absences;

/// <summary>The absences area's registrations (leave and whereabouts notes), called once from the module's descriptor.</summary>
internal static class AbsencesServiceCollectionExtensions
{
    public static IServiceCollection AddAbsences(this IServiceCollection services)
    {
        services.AddSingleton<IErrorCatalog, AttendanceAbsencesErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, AttendanceAbsencesSettingDefinitions>();
        services.AddScoped<AbsenceCaller>();
        services.AddScoped<LeaveMonthGuard>();
        services.AddScoped<LeaveTypeService>();
        services.AddScoped<LeaveBalanceService>();
        services.AddScoped<LeaveApprovers>();
        services.AddScoped<LeaveRows>();
        services.AddScoped<LeaveNotifier>();
        services.AddScoped<LeaveRequestService>();
        services.AddScoped<LeaveApprovalService>();
        services.AddScoped<StandInService>();
        services.AddScoped<WhereaboutsService>();
        services.AddScoped<IHomeItemProvider, AbsenceHomeItems>();
        services.AddScoped<IDataSeeder, LeaveTypeSeeder>();
        return services;
    }
}
