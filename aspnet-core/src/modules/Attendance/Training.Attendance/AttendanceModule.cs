using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Attendance.EntityFrameworkCore;
using Training.Attendance.Application.PunchFiles;
using Training.Attendance.HttpApi;
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
        services.AddScoped<Application.Results.IDailyResultRecalculator, Application.Results.NotYetRecalculating>();
        Application.Intake.IntakeServiceCollectionExtensions.AddIntake(services, configuration);
        services.AddPunchFiles();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureAttendanceModule();

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapAttendanceEndpoints();
}
