using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Organization.Application;
using Training.Organization.Import;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Organization.HttpApi;

internal static class StaffEndpoints
{
    public static void MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organization/staff").WithTags("Staff");

        group.MapGet("/", ([AsParameters] StaffListInput input, StaffService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(OrganizationPermissions.Staff.Default).WithName("ListStaff")
            .WithSummary("Staff within the caller's scope: filter, sort and page on the server.");
        group.MapGet("/{id:guid}", (Guid id, StaffService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(OrganizationPermissions.Staff.Default).WithName("GetStaff")
            .WithAuditedRead("a person's record: phone number, posts", subject: "id");
        group.MapPost("/", (SaveStaffInput input, StaffService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(OrganizationPermissions.Staff.Manage).WithName("CreateStaff")
            .WithSummary("Creates a person and their account (user name = staff number, one-time password returned once).");
        group.MapPut("/{id:guid}", (Guid id, SaveStaffInput input, StaffService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(OrganizationPermissions.Staff.Manage).WithName("UpdateStaff");

        group.MapPost("/{id:guid}/assign", (Guid id, AssignInput input, AssignmentService s, CancellationToken ct) => s.AssignAsync(id, input, ct))
            .RequirePermission(OrganizationPermissions.Assignments.Manage).WithName("AssignStaffToWindow")
            .WithSummary("Assigns a person to a window, or moves them; refused with the reason when they may not take the post.");
        group.MapPost("/{id:guid}/end-assignment", (Guid id, EndAssignmentInput input, AssignmentService s, CancellationToken ct) => s.EndAsync(id, input, ct))
            .RequirePermission(OrganizationPermissions.Assignments.Manage).WithName("EndStaffAssignment");
        group.MapPost("/{id:guid}/return", (Guid id, ReturnToDepartmentInput input, AssignmentService s, CancellationToken ct) => s.ReturnAsync(id, input, ct))
            .RequirePermission(OrganizationPermissions.Assignments.Manage).WithName("ReturnStaffToDepartment")
            .WithSummary("退回派驻部门: ends the post and returns a dispatched person, with a reason.");

        group.MapGet("/import/template", () => TypedResults.File(StaffImportService.Template(), FileInspector.ContentType(FileKind.Xlsx), "人员导入模板.xlsx"))
            .RequirePermission(OrganizationPermissions.Staff.Import).WithName("GetStaffImportTemplate");
        group.MapPost("/import", async (IFormFile file, UploadReader uploads, StaffImportService s, CancellationToken ct) =>
                await s.ImportAsync(await uploads.ReadAsync(file, [FileKind.Xlsx], ct), ct))
            .RequirePermission(OrganizationPermissions.Staff.Import).WithName("ImportStaff").DisableAntiforgery()
            .WithSummary("Imports units, windows and staff (.xlsx); a file with errors writes nothing and lists every row.");
    }
}
