using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Organization.Application;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Organization.HttpApi;

internal static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organization/calendar").WithTags("WorkCalendar");

        group.MapGet("/{year:int:range(1,9999)}", (int year, CalendarService s, CancellationToken ct) => s.GetYearAsync(year, ct))
            .RequirePermission(OrganizationPermissions.Calendar.Default).WithName("GetCalendarYear");
        group.MapGet("/import/template", () => TypedResults.File(CalendarService.Template(),
                FileInspector.ContentType(FileKind.Xlsx), "工作日历导入模板.xlsx"))
            .RequirePermission(OrganizationPermissions.Calendar.Manage).WithName("GetCalendarImportTemplate");
        group.MapPost("/import", async (IFormFile file, UploadReader uploads, CalendarService s, CancellationToken ct) =>
                await s.ImportAsync(await uploads.ReadAsync(file, [FileKind.Xlsx], ct), ct))
            .RequirePermission(OrganizationPermissions.Calendar.Manage).WithName("ImportCalendar").DisableAntiforgery();
        group.MapDelete("/days/{date}", async (DateOnly date, CalendarService s, CancellationToken ct) =>
            {
                await s.DeleteDayAsync(date, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(OrganizationPermissions.Calendar.Manage).WithName("DeleteCalendarDay");
    }
}
