using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Attendance.Application.Intake;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Attendance.HttpApi;

/// <summary>Devices, their user mapping and clock corrections (people, cookie sign-in).</summary>
internal static class DeviceEndpoints
{
    public static void MapDeviceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/attendance/devices").WithTags("AttendanceDevices");
        group.MapGet("/", ([AsParameters] DeviceListInput input, DeviceService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(AttendancePermissions.Devices.Default).WithName("ListAttendanceDevices")
            .WithSummary("The devices of the caller's halls: filter, sort and page on the server.");
        group.MapGet("/{id:guid}", (Guid id, DeviceService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(AttendancePermissions.Devices.Default).WithName("GetAttendanceDevice");
        group.MapPost("/", (RegisterDeviceInput input, DeviceService s, CancellationToken ct) => s.RegisterAsync(input, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("RegisterAttendanceDevice")
            .WithSummary("Registers a device and issues its key; the key's secret is in this response only.");
        group.MapPut("/{id:guid}", (Guid id, UpdateDeviceInput input, DeviceService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("UpdateAttendanceDevice");
        group.MapPost("/{id:guid}/rotate-key", (Guid id, DeviceService s, CancellationToken ct) => s.RotateKeyAsync(id, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("RotateAttendanceDeviceKey")
            .WithSummary("Issues a new key and revokes the old one; the new secret is in this response only.");
        group.MapPost("/{id:guid}/deactivate", (Guid id, DeviceService s, CancellationToken ct) => s.SetActiveAsync(id, false, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("DeactivateAttendanceDevice")
            .WithSummary("Stops accepting the device's reports: each event it sends is refused (InactiveDevice).");
        group.MapPost("/{id:guid}/activate", (Guid id, DeviceService s, CancellationToken ct) => s.SetActiveAsync(id, true, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("ActivateAttendanceDevice");

        group.MapGet("/{id:guid}/corrections", (Guid id, ClockCorrectionService s, CancellationToken ct) => s.ListAsync(id, ct))
            .RequirePermission(AttendancePermissions.Devices.Default).WithName("ListClockCorrections")
            .WithSummary("A device's clock corrections, latest first.");
        group.MapPost("/{id:guid}/corrections", (Guid id, RecordClockCorrectionInput input, ClockCorrectionService s, CancellationToken ct) =>
                s.RecordAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("RecordClockCorrection")
            .WithSummary("Records a clock found off by a known offset over a date range and re-derives its punches' times and dates.");

        var users = app.MapGroup("/api/attendance/device-users").WithTags("AttendanceDeviceUsers");
        users.MapGet("/", ([AsParameters] DeviceUserListInput input, DeviceUserService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(AttendancePermissions.Devices.Default).WithName("ListDeviceUsers")
            .WithSummary("A hall's hall-wide mapping of device user ids to people, or one device's own (deviceId).");
        users.MapPost("/", (SaveDeviceUserInput input, DeviceUserService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("CreateDeviceUser");
        users.MapPut("/{id:guid}", (Guid id, SaveDeviceUserInput input, DeviceUserService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("UpdateDeviceUser")
            .WithSummary("Maps the entry's device user id to another person (by staff number).");
        users.MapDelete("/{id:guid}", async (Guid id, DeviceUserService s, CancellationToken ct) =>
            {
                await s.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("DeleteDeviceUser");
        users.MapGet("/import/template", () => TypedResults.File(DeviceUserImportService.Template(), FileInspector.ContentType(FileKind.Xlsx),
                "考勤号对照导入模板.xlsx"))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("GetDeviceUserImportTemplate");
        users.MapGet("/export", async ([AsParameters] DeviceUserScopeInput input, DeviceUserImportService s, CancellationToken ct) =>
                TypedResults.File(await s.ExportAsync(input, ct), FileInspector.ContentType(FileKind.Xlsx), "考勤号对照.xlsx"))
            .RequirePermission(AttendancePermissions.Devices.Default).WithName("ExportDeviceUsers");
        users.MapPost("/import", async ([AsParameters] DeviceUserScopeInput input, IFormFile file, UploadReader uploads,
                    DeviceUserImportService s, CancellationToken ct) =>
                await s.ImportAsync(input, await uploads.ReadAsync(file, [FileKind.Xlsx], ct), ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("ImportDeviceUsers").DisableAntiforgery()
            .WithSummary("Imports a level's mapping (.xlsx): a file with errors writes nothing and lists every row; the same file twice changes nothing.");
    }
}
