using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance.Application.Results;
using Training.Attendance.EntityFrameworkCore;
using Training.Attendance.HttpApi;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Home;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Settings;

namespace Training.Attendance;

/// <summary>考勤 (Attendance): fingerprint punches, post status, timetables, leave, whereabouts notes and daily results.</summary>
public sealed class AttendanceModule : TrainingModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, AttendancePermissionDefinitions>();
        services.AddModuleDbContext<AttendanceDbContext>();
        services.AddResultsArea();
        AddBoard(services);
    }

    /// <summary>What people see: my month, the team board, the monthly report, the lead's home to-dos.</summary>
    private static void AddBoard(IServiceCollection services)
    {
        services.AddSingleton<IErrorCatalog, AttendanceBoardErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, AttendanceBoardSettingDefinitions>();
        services.AddScoped<Application.Board.MyAttendanceService>();
        services.AddScoped<Application.Board.AttendancePlaces>();
        services.AddScoped<Application.Board.TeamBoardService>();
        services.AddScoped<Application.Board.MonthlyReportService>();
        services.AddScoped<Application.Board.MonthlyReportExport>();
        services.AddScoped<IHomeItemProvider, Application.Board.BoardHomeItems>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureAttendanceModule();

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapAttendanceEndpoints();
}
