using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Attendance.Application.Results;
using Training.SharedKernel.Authorization;

namespace Training.Attendance.HttpApi;

/// <summary>Timetables and shifts, anomalies and their corrections, month closes.</summary>
internal static class ResultsEndpoints
{
    public static void MapResultsEndpoints(this IEndpointRouteBuilder app)
    {
        var timetables = app.MapGroup("/api/attendance/timetables").WithTags("AttendanceTimetables");
        timetables.MapGet("/{hallId:guid}", (Guid hallId, TimetableService s, CancellationToken ct) => s.GetAsync(hallId, ct))
            .RequirePermission(AttendancePermissions.Timetables.Default).WithName("GetAttendanceTimetable");
        timetables.MapPut("/{hallId:guid}", (Guid hallId, SaveTimetableInput input, TimetableService s, CancellationToken ct) => s.SaveAsync(hallId, input, ct))
            .RequirePermission(AttendancePermissions.Timetables.Manage).WithName("SaveAttendanceTimetable");

        var shifts = app.MapGroup("/api/attendance/shifts").WithTags("AttendanceShifts");
        shifts.MapGet("/", ([AsParameters] GetShiftsInput input, ShiftService s, CancellationToken ct) => s.ListAsync(input, ct))
            .RequirePermission(AttendancePermissions.Timetables.Default).WithName("ListAttendanceShifts");
        shifts.MapPost("/", (SaveShiftInput input, ShiftService s, CancellationToken ct) => s.CreateAsync(input, ct))
            .RequirePermission(AttendancePermissions.Timetables.Manage).WithName("CreateAttendanceShift");
        shifts.MapPut("/{id:guid}", (Guid id, SaveShiftInput input, ShiftService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(AttendancePermissions.Timetables.Manage).WithName("UpdateAttendanceShift");
        shifts.MapDelete("/{id:guid}", async (Guid id, ShiftService s, CancellationToken ct) =>
            {
                await s.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(AttendancePermissions.Timetables.Manage).WithName("DeleteAttendanceShift");

        var results = app.MapGroup("/api/attendance/results").WithTags("AttendanceResults");
        results.MapGet("/anomalies", ([AsParameters] GetAnomaliesInput input, CorrectionService s, CancellationToken ct) => s.ListAnomaliesAsync(input, ct))
            .RequirePermission(AttendancePermissions.Results.Default).WithName("ListAttendanceAnomalies")
            .WithSummary("Sessions judged late, early leave, absent, off-post, out without leave or frequent absence, with their current correction.");
        // A session's result is named by its natural key (person, date, session), which also outlives recomputation.
        const string session = "/{staffId:guid}/{date}/{sessionIndex:int:range(0,9)}";
        results.MapGet(session, (Guid staffId, DateOnly date, int sessionIndex, CorrectionService s, CancellationToken ct) =>
                s.GetAsync(new SessionKey(staffId, date, sessionIndex), ct))
            .RequirePermission(AttendancePermissions.Results.Default).WithName("GetAttendanceResult");
        results.MapGet(session + "/corrections", (Guid staffId, DateOnly date, int sessionIndex, CorrectionService s, CancellationToken ct) =>
                s.HistoryAsync(new SessionKey(staffId, date, sessionIndex), ct))
            .RequirePermission(AttendancePermissions.Results.Default).WithName("ListAttendanceResultCorrections");
        results.MapPost(session + "/correct", (Guid staffId, DateOnly date, int sessionIndex, CorrectResultInput input, CorrectionService s,
                CancellationToken ct) => s.CorrectAsync(new SessionKey(staffId, date, sessionIndex), input, ct))
            .RequirePermission(AttendancePermissions.Results.Correct).WithName("CorrectAttendanceResult")
            .WithSummary("Corrects a session's result with a reason; the computed result stays and both are shown.");

        var months = app.MapGroup("/api/attendance/months").WithTags("AttendanceMonths");
        months.MapGet("/{hallId:guid}/{year:int:range(2000,2100)}/{month:int:range(1,12)}",
                (Guid hallId, int year, int month, MonthCloseService s, CancellationToken ct) => s.GetAsync(hallId, year, month, ct))
            .RequirePermission(AttendancePermissions.Results.Default).WithName("GetAttendanceMonth");
        months.MapPost("/{hallId:guid}/{year:int:range(2000,2100)}/{month:int:range(1,12)}/close",
                (Guid hallId, int year, int month, MonthCloseService s, CancellationToken ct) => s.CloseAsync(hallId, year, month, ct))
            .RequirePermission(AttendancePermissions.Results.CloseMonth).WithName("CloseAttendanceMonth");
        months.MapPost("/{hallId:guid}/{year:int:range(2000,2100)}/{month:int:range(1,12)}/reopen",
                (Guid hallId, int year, int month, ReopenMonthInput input, MonthCloseService s, CancellationToken ct) =>
                    s.ReopenAsync(hallId, year, month, input.Reason, ct))
            .RequirePermission(AttendancePermissions.Results.CloseMonth).WithName("ReopenAttendanceMonth");
    }
}
