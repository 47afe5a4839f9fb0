using Microsoft.Extensions.DependencyInjection;
using Training.Attendance.Events;
using Training.Bulletins.Kinds;
using Training.SharedKernel.Events;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Home;
using Training.SharedKernel.Settings;

namespace Training.Attendance.Application.Board;

internal static class BoardServiceCollectionExtensions
{
    /// <summary>What people see: my month, the team board, the monthly report, the lead's home to-dos.</summary>
    public static IServiceCollection AddBoard(this IServiceCollection services)
    {
        services.AddSingleton<IErrorCatalog, AttendanceBoardErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, AttendanceBoardSettingDefinitions>();
        services.AddScoped<MyAttendanceService>();
        services.AddScoped<AttendancePlaces>();
        services.AddScoped<TeamBoardService>();
        services.AddScoped<MonthlyReportService>();
        services.AddScoped<MonthlyReportExport>();
        services.AddScoped<IHomeItemProvider, BoardHomeItems>();
        services.AddBulletinKind<AttendanceBulletinKind>();
        services.AddEventHandler<AttendanceMonthClosedEto, AttendanceMonthClosedBulletin>();
        return services;
    }
}
