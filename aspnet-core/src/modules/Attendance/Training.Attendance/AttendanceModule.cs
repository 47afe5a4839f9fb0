using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance.Application.Absences;
using Training.Attendance.Application.Board;
using Training.Attendance.Application.Intake;
using Training.Attendance.Application.Results;
using Training.Attendance.Application.PunchFiles;
using Training.Attendance.EntityFrameworkCore;
using Training.Attendance.HttpApi;
using Training.Attendance.Seeding;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Modularity;

namespace Training.Attendance;

/// <summary>考勤 (Attendance): fingerprint punches, post status, timetables, leave, whereabouts notes and daily results.</summary>
public sealed class AttendanceModule : TrainingModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, AttendancePermissionDefinitions>();
        services.AddModuleDbContext<AttendanceDbContext>();
        services.AddResultsArea();
        services.AddIntake(configuration);
        services.AddAbsences();
        services.AddBoard();
        services.AddPunchFiles();
        // Demo attendance after the leave types (Order 300) it uses.
        services.AddScoped<IDataSeeder, AttendanceDemoDataSeeder>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureAttendanceModule();

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapAttendanceEndpoints();
}
