using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Attendance.Application.Board;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Files;

namespace Training.Attendance.HttpApi;

/// <summary>What people see of attendance: my month, the team board, the monthly report with its export and trend.</summary>
internal static class BoardEndpoints
{
    public static void MapBoardEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/attendance").WithTags("AttendanceBoard");
        const string report = AttendancePermissions.Results.Default, board = AttendancePermissions.Board.Default;

        group.MapGet("/my/month", ([AsParameters] MyMonthInput input, MyAttendanceService s, CancellationToken ct) => s.GetMonthAsync(input, ct))
            .RequirePermission(AttendancePermissions.My.Default).WithName("GetMyAttendanceMonth")
            .WithSummary("The caller's own month: each day's sessions, punches and leave, and the month's counts by status.");

        group.MapGet("/board/places", (AttendancePlaces s, CancellationToken ct) => s.ListAsync(ct))
            .RequirePermission(board).WithName("ListBoardPlaces")
            .WithSummary("The halls and units whose board the caller may open.");
        group.MapGet("/board", ([AsParameters] TeamBoardInput input, TeamBoardService s, CancellationToken ct) => s.GetAsync(input, ct))
            .RequirePermission(board).WithName("GetTeamBoard")
            .WithSummary("A unit's or a hall's windows and people today (live, now) or on a past date (as the day ended, up to 400 days back): holders and backups present, post status (today), who is out and why, the day's notes and marks.");

        group.MapGet("/reports/places", (AttendancePlaces s, CancellationToken ct) => s.ListAsync(ct))
            .RequirePermission(report).WithName("ListReportPlaces")
            .WithSummary("The halls and units the caller's reports cover.");
        group.MapGet("/reports/monthly/units", ([AsParameters] MonthlyReportInput input, MonthlyReportService s, CancellationToken ct) => s.ListUnitsAsync(input, ct))
            .RequirePermission(report).WithName("ListMonthlyUnitReport")
            .WithSummary("A page of the month per unit (unit of the time) in the caller's scope; sort by sessions, late, lateMinutes, early, absent, offPost, outWithoutLeave, people.");
        group.MapGet("/reports/monthly/people", ([AsParameters] MonthlyReportInput input, MonthlyReportService s, CancellationToken ct) => s.ListPeopleAsync(input, ct))
            .RequirePermission(report).WithName("ListMonthlyPersonReport")
            .WithSummary("A page of the month per person in the caller's scope; the same sort fields as per unit.");
        group.MapGet("/reports/monthly/export", async ([AsParameters] MonthlyReportExportInput input, MonthlyReportExport s, CancellationToken ct) =>
            {
                var (content, fileName) = await s.ExportAsync(input, ct);
                return TypedResults.File(content, FileInspector.ContentType(FileKind.Xlsx), fileName);
            })
            .RequirePermission(report).WithName("ExportMonthlyReport")
            .WithSummary("The month per unit and per person as .xlsx (the caller's scope).");
        group.MapGet("/reports/trend", ([AsParameters] AttendanceTrendInput input, MonthlyReportService s, CancellationToken ct) => s.TrendAsync(input, ct))
            .RequirePermission(report).WithName("GetAttendanceTrend")
            .WithSummary("Late and absent sessions by unit for each of the last months (this month included), for the chart.");
    }
}
