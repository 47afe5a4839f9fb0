using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Training.Attendance.Application.PunchFiles;
using Training.SharedKernel.Authorization;

namespace Training.Attendance.HttpApi;

internal static class PunchImportEndpoints
{
    public static void MapPunchImportEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/attendance/punch-imports").WithTags("PunchImports");
        imports.MapGet("/", ([AsParameters] PunchImportListInput input, PunchImportService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(AttendancePermissions.Punches.Import).WithName("ListPunchImports")
            .WithSummary("Punch file imports of the caller's halls: who, when, file, device, counts.");
        imports.MapPost("/", ([FromForm] PunchImportUpload form, PunchImportService s, CancellationToken ct) => s.UploadAsync(form.File, form.DeviceId, ct))
            .RequirePermission(AttendancePermissions.Punches.Import).WithName("UploadPunchFile").DisableAntiforgery()
            .WithSummary("Uploads a device export (attlog text, .csv or .xlsx) for the picked device or the one its name or serial column names; a job reads it.");
        imports.MapGet("/{id:guid}", (Guid id, PunchImportService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(AttendancePermissions.Punches.Import).WithName("GetPunchImport")
            .WithSummary("An import's progress and counts (lines read of total, new, duplicate, bad).");
        imports.MapGet("/{id:guid}/lines", (Guid id, [AsParameters] PunchImportLinesInput input, PunchImportService s, CancellationToken ct) =>
                s.LinesAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Punches.Import).WithName("ListPunchImportLines")
            .WithSummary("The lines not stored (bad or unknown user), by line number, with the reason.");
        imports.MapGet("/{id:guid}/lines/download", async (Guid id, [AsParameters] PunchImportLinesDownload input, PunchImportService s, CancellationToken ct) =>
            {
                var (content, contentType, fileName) = await s.DownloadLinesAsync(id, input.Format ?? "csv", ct);
                return TypedResults.File(content, contentType, fileName);
            })
            .RequirePermission(AttendancePermissions.Punches.Import).WithName("DownloadPunchImportLines")
            .WithSummary("The lines not stored as .csv or .xlsx, to fix and import again.");

        app.MapGroup("/api/attendance/punches").WithTags("Punches")
            .MapGet("/", ([AsParameters] PunchListInput input, PunchListService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(AttendancePermissions.Punches.Default).WithName("ListPunches")
            .WithSummary("One person's punches for a day or a range (at most a year), within the caller's scope, paged.");

        var mappings = app.MapGroup("/api/attendance/punch-column-mappings").WithTags("PunchColumnMappings");
        mappings.MapGet("/", (PunchColumnMappingService s, CancellationToken ct) => s.ListAsync(ct))
            .RequirePermission(AttendancePermissions.Punches.Import).WithName("ListPunchColumnMappings");
        mappings.MapPost("/", (SavePunchColumnMappingInput input, PunchColumnMappingService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("CreatePunchColumnMapping");
        mappings.MapPut("/{id:guid}", (Guid id, SavePunchColumnMappingInput input, PunchColumnMappingService s, CancellationToken ct) =>
                s.UpdateAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("UpdatePunchColumnMapping");
        mappings.MapDelete("/{id:guid}", async (Guid id, PunchColumnMappingService s, CancellationToken ct) =>
            {
                await s.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(AttendancePermissions.Devices.Manage).WithName("DeletePunchColumnMapping");
    }
}

/// <summary>The upload form: the file and, optionally, the device it came from (else its name or serial column says).</summary>
internal sealed class PunchImportUpload
{
    public IFormFile? File { get; init; }

    public Guid? DeviceId { get; init; }
}

internal sealed record PunchImportLinesDownload
{
    [RegularExpression("^(csv|xlsx)$"), StringLength(4)]
    public string? Format { get; init; }
}
