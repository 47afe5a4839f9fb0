using Microsoft.Extensions.DependencyInjection;
using Training.Organization.Events;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Events;
using Training.SharedKernel.Settings;

namespace Training.Attendance.Application.Results;

/// <summary>The results area's services: timetables, the calculator, corrections, month closes and the integration service.</summary>
internal static class ResultsServiceCollectionExtensions
{
    public static IServiceCollection AddResultsArea(this IServiceCollection services)
    {
        services.AddSingleton<IErrorCatalog, AttendanceResultsErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, AttendanceResultsSettingDefinitions>();
        services.AddScoped<IDailyResultRecalculator, DailyResultRecalculator>();
        services.AddScoped<DailyResultWriter>();
        services.AddScoped<IAttendanceMonthLock, AttendanceMonthLock>();
        services.AddScoped<HallMonthRecompute>();
        services.AddScoped<RecomputeHallMonthJob>();
        services.AddScoped<HallAbsenceJob>();
        services.AddScoped<ResultScope>();
        services.AddScoped<TimetableService>();
        services.AddScoped<ShiftService>();
        services.AddScoped<CorrectionService>();
        services.AddScoped<MonthCloseService>();
        services.AddScoped<IAttendanceIntegrationService, AttendanceIntegrationService>();
        services.AddEventHandler<CalendarChangedEto, CalendarChangedHandler>();
        return services;
    }
}
